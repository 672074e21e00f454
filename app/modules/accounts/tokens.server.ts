// Random tokens for sessions, reset links, invitations and API tokens; only their SHA-256 is ever stored.
import { createHash, randomBytes } from 'node:crypto'

export function newToken(bytes = 32): string {
	return randomBytes(bytes).toString('base64url')
}

export function sha256(token: string): string {
	return createHash('sha256').update(token).digest('hex')
}
