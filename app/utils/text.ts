// Text as it comes in from people and files: control characters (NUL, escape codes, DEL, C1) are removed everywhere
// text enters, since they are invisible, break exports and terminals, and are never meant. Tab and line breaks stay.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

export function stripControlChars(s: string): string {
	return s.replace(CONTROL, '')
}
