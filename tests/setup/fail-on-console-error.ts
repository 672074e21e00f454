// A test that logs console.error fails: errors must be asserted, not printed.
import { afterEach, beforeEach, vi } from 'vitest'

let spy: ReturnType<typeof vi.spyOn>
beforeEach(() => {
	spy = vi.spyOn(console, 'error')
})
afterEach(() => {
	const calls = spy.mock.calls
	spy.mockRestore()
	if (calls.length > 0) throw new Error(`console.error was called: ${calls.map((c) => c.join(' ')).join('\n')}`)
})
