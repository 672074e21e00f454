// React 18's renderToPipeableStream writes through a 2 KB view buffer and, when a multi-byte UTF-8 character does not
// fit at its end, flushes the buffer's unused zero bytes (react/react#24985, #31134; fixed only in React 19). In Chinese
// pages that puts NUL bytes between characters, which browsers show as "��". NUL never occurs inside a UTF-8 multi-byte
// sequence, and the HTML we render never contains a NUL on purpose, so dropping every 0x00 byte is exact.
import { Transform, type TransformCallback } from 'node:stream'

export function stripNulBytes(chunk: Buffer): Buffer {
	let at = chunk.indexOf(0)
	if (at === -1) return chunk
	const out = Buffer.allocUnsafe(chunk.length)
	let n = 0
	let from = 0
	while (at !== -1) {
		n += chunk.copy(out, n, from, at)
		from = at + 1
		at = chunk.indexOf(0, from)
	}
	n += chunk.copy(out, n, from)
	return out.subarray(0, n)
}

export class StripNulBytes extends Transform {
	override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
		callback(null, typeof chunk === 'string' ? Buffer.from(chunk.replaceAll('\0', ''), 'utf8') : stripNulBytes(chunk))
	}
}
