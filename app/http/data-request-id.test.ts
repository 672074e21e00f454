// The rewriting of failed data requests' answers (the real answers are checked in tests/integration/route-errors.test.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tagDataRequestErrors } from './data-request-id.server.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as { version?: string; dependencies: Record<string, string> }
const get = new Request('http://localhost/listings/X.data', { headers: { 'x-request-id': 'abc' } })

describe('tagDataRequestErrors', () => {
	it('encodes with the turbo-stream Remix encodes and decodes with (the browser reads what is written here)', () => {
		const pinned = json('package.json').dependencies['turbo-stream']
		expect(pinned).toBe(json('node_modules/@remix-run/server-runtime/package.json').dependencies['turbo-stream'])
		expect(pinned).toBe(json('node_modules/@remix-run/react/package.json').dependencies['turbo-stream'])
		expect(json('node_modules/turbo-stream/package.json').version).toBe(pinned)
	})

	it('tags a thrown Response in its status text, keeping status and data', async () => {
		const body = '[{"_1":2},"routes/x",{"_3":4},"error",["ErrorResponse",5,6,7],"Not Found",404,""]\n'
		const res = await tagDataRequestErrors(new Response(body, { status: 404, headers: { 'Content-Type': 'text/x-script' } }), get, 'abc')
		expect(res.status).toBe(404)
		expect(res.headers.get('Content-Type')).toBe('text/x-script')
		expect(await res.text()).toBe('[{"_1":2},"routes/x",{"_3":4},"error",["ErrorResponse",5,6,7],"Not Found",404,"[request abc]"]\n')
	})

	it('leaves answers without an error status, other bodies and undecodable ones as they were', async () => {
		const ok = new Response('[{"_1":2},"routes/x",{"_3":4},"data",5,"x"]\n', { status: 200, headers: { 'Content-Type': 'text/x-script' } })
		expect(await tagDataRequestErrors(ok, get, 'abc')).toBe(ok)
		const jsonAnswer = new Response('{"message":"x"}', { status: 500, headers: { 'Content-Type': 'application/json' } })
		expect(await tagDataRequestErrors(jsonAnswer, get, 'abc')).toBe(jsonAnswer)
		const broken = await tagDataRequestErrors(new Response('not turbo-stream', { status: 500, headers: { 'Content-Type': 'text/x-script' } }), get, 'abc')
		expect(broken.status).toBe(500)
		expect(await broken.text()).toBe('not turbo-stream')
	})
})
