// Mail leaves through SMTP when SMTP_URL is set. The SMTP server is faked at the network boundary: a real TCP server
// on loopback speaking just enough SMTP, so nodemailer and our outbox code run for real.
import net from 'node:net'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enqueueMail, mailerIdle, sendPendingMail } from '#app/modules/notifications/mail.server.ts'
import type { Db } from '#db/client.server.ts'
import { mailOutbox } from '#db/schema/index.ts'
import { installAppDb } from '#tests/setup/app.ts'
import { reloadEnv } from '#app/env.server.ts'

type Received = { from: string; to: string[]; data: string }

function fakeSmtp(opts: { rejectRcpt?: boolean } = {}): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
	const received: Received[] = []
	const server = net.createServer((socket) => {
		let mail: Received = { from: '', to: [], data: '' }
		let inData = false
		let buffer = ''
		socket.write('220 fake.smtp ESMTP\r\n')
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8')
			let i: number
			while ((i = inData ? buffer.indexOf('\r\n.\r\n') : buffer.indexOf('\r\n')) >= 0) {
				if (inData) {
					mail.data = buffer.slice(0, i)
					buffer = buffer.slice(i + 5)
					inData = false
					received.push(mail)
					mail = { from: '', to: [], data: '' }
					socket.write('250 OK queued\r\n')
					continue
				}
				const line = buffer.slice(0, i)
				buffer = buffer.slice(i + 2)
				const cmd = line.slice(0, 4).toUpperCase()
				if (cmd === 'EHLO' || cmd === 'HELO') socket.write('250-fake.smtp\r\n250 8BITMIME\r\n')
				else if (cmd === 'MAIL') {
					mail.from = line
					socket.write('250 OK\r\n')
				} else if (cmd === 'RCPT') {
					if (opts.rejectRcpt) socket.write('550 No such user\r\n')
					else {
						mail.to.push(line)
						socket.write('250 OK\r\n')
					}
				} else if (cmd === 'DATA') {
					inData = true
					socket.write('354 End data with <CR><LF>.<CR><LF>\r\n')
				} else if (cmd === 'QUIT') {
					socket.end('221 Bye\r\n')
				} else socket.write('250 OK\r\n')
			}
		})
	})
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const port = (server.address() as net.AddressInfo).port
			resolve({ port, received, close: () => new Promise((r) => server.close(() => r())) })
		}),
	)
}

let db: Db
beforeAll(() => {
	db = installAppDb()
})
afterAll(() => {
	delete process.env.SMTP_URL
	reloadEnv()
})

describe('sending the outbox by SMTP', () => {
	it('sends queued mail after the transaction commits and marks it sent', async () => {
		const smtp = await fakeSmtp()
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`
		reloadEnv()
		const id = db.transaction((tx) => enqueueMail(tx as unknown as Db, { to: 'officer@example.com', subject: '重设密码', text: '链接：http://x/reset', kind: 'test' }))
		await mailerIdle()
		expect(smtp.received).toHaveLength(1)
		expect(smtp.received[0]!.to).toEqual(['RCPT TO:<officer@example.com>'])
		// the Chinese text survives the trip (base64 body)
		const body = smtp.received[0]!.data.split('\r\n\r\n').slice(1).join('')
		expect(Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8')).toContain('链接：http://x/reset')
		const row = db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()!
		expect(row.sentAt).not.toBeNull()
		await smtp.close()
	})

	it('keeps mail the server refused, with the error, for another attempt', async () => {
		const smtp = await fakeSmtp({ rejectRcpt: true })
		const url = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`
		const id = db.insert(mailOutbox).values({ to: 'nobody@example.com', subject: 's', text: 't', kind: 'test' }).returning({ id: mailOutbox.id }).get().id
		expect(await sendPendingMail(db, url)).toBe(0)
		const row = db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()!
		expect(row.sentAt).toBeNull()
		expect(row.attempts).toBe(1)
		expect(row.lastError).toMatch(/550/)
		await smtp.close()
	})

	it('without SMTP_URL nothing is sent and the mail waits for the mailbox page', async () => {
		delete process.env.SMTP_URL
		reloadEnv()
		expect(await sendPendingMail(db, undefined)).toBe(0)
	})
})
