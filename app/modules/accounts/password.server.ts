// Password hashing with argon2id (OWASP parameters as @node-rs/argon2 defaults them).
import { hash, verify } from '@node-rs/argon2'

export async function hashPassword(password: string): Promise<string> {
	return hash(password)
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
	// Without a stored hash still spend the time of one verification, so timing does not tell which emails exist.
	if (!passwordHash) {
		await hash(password)
		return false
	}
	try {
		return await verify(passwordHash, password)
	} catch {
		return false
	}
}
