// Locates the project's files (migrations) from wherever the code runs: sources under tsx, or the server build.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let root: string | undefined
export function projectRoot(): string {
	if (root) return root
	let dir = path.dirname(fileURLToPath(import.meta.url))
	while (!existsSync(path.join(dir, 'db', 'migrations'))) {
		const parent = path.dirname(dir)
		if (parent === dir) throw new Error('cannot find the project root (a folder with db/migrations)')
		dir = parent
	}
	root = dir
	return dir
}
