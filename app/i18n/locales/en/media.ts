// English messages of the "media" namespace; same keys as zh-CN/media.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/media.ts'

const en: Widen<typeof zh> = {
	title: 'Pictures',
	intro: 'Upload product photos (JPEG, PNG, WebP or GIF, at most 5 MB each, up to 8). Pictures are re-encoded and stripped of metadata such as where they were taken.',
	upload: 'Upload',
	uploading: 'Uploading…',
	file: 'Picture file',
	alt: 'Description (for screen-reader users)',
	remove: 'Remove',
	empty: 'No pictures yet.',
	back: 'Back to the listing',
	tooLarge: 'The picture is over the 5 MB limit',
	notImage: 'This is not a picture we can read (JPEG, PNG, WebP or GIF)',
	tooMany: 'At most 8 pictures per listing',
	noFile: 'Choose a picture file',
	uploaded: 'Picture uploaded',
	removed: 'Picture removed',
	gallery: 'Pictures',
}
export default en
