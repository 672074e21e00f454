// Security headers on every response the app renders: a Content-Security-Policy with a per-request nonce for Remix's
// inline scripts (no 'unsafe-inline' scripts), no framing, no MIME sniffing, a strict referrer policy.
import { env } from '#app/env.server.ts'

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
	return [
		`default-src 'self'`,
		`script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
		// Inline style attributes (React `style`, Tailwind arbitrary values) need this; scripts never do.
		`style-src 'self' 'unsafe-inline'`,
		`img-src 'self' data: blob:`,
		`font-src 'self' data:`,
		`connect-src 'self'${dev ? ' ws: wss:' : ''}`,
		`object-src 'none'`,
		`base-uri 'self'`,
		`form-action 'self'`,
		`frame-ancestors 'none'`,
	].join('; ')
}

export function applySecurityHeaders(headers: Headers, nonce?: string): void {
	const dev = env().NODE_ENV === 'development'
	if (nonce !== undefined) headers.set('Content-Security-Policy', contentSecurityPolicy(nonce, dev))
	headers.set('X-Content-Type-Options', 'nosniff')
	headers.set('X-Frame-Options', 'DENY')
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
	headers.set('Cross-Origin-Opener-Policy', 'same-origin')
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
}
