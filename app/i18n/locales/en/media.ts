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
	illustration: 'Illustration',
	illustrationNote: 'Illustration: a demo picture drawn for the category, not a photograph of this product',
	section: 'Pictures',
	editorHelp: 'Pictures are uploaded with Save: JPEG, PNG, WebP or GIF, up to 5 MB each, at most 8 per listing. They are re-encoded and stripped of metadata such as the place they were taken.',
	addFiles: 'Add pictures (several at once)',
	removeOnSave: 'Delete on save',
	manage: 'Describe pictures',
	newNote: 'Pictures of a new listing are uploaded with its first save (saving as a draft is fine); add or remove them here afterwards.',
	replaceIllustration: 'Pictures marked Illustration are demo drawings by category. Upload a photograph, then tick Delete on save to remove the illustration.',
	uploadedCount: '{{count}} pictures uploaded',
	removedCount: '{{count}} pictures deleted',
	gallery: 'Pictures',
}
export default en
