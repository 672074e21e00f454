// English messages of the "opportunities" namespace. Same keys as zh-CN/opportunities.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/opportunities.ts'

const en: Widen<typeof zh> = {
	title: 'Opportunities',
	intro: 'Open demand items that one of your published listings meets every hard requirement of (specifications, certifications, budget, lead time), best match first.',
	from: '{{org}} · “{{title}}”',
	quantity: '{{quantity}} wanted',
	neededBy: 'needed by {{date}}',
	listing: 'Your listing: ',
	respond: 'Respond',
	respondTo: 'Respond to {{name}}',
	responded: 'Responded',
	updateResponse: 'Edit response',
	updateResponseTo: 'Edit your response to {{name}}',
	none: 'No open demand items fit your listings yet. Complete their specifications, certifications and lead times, and matching items will appear here.',
	noListings: 'Your organization has no published listings yet. Publish one and the platform will list the open demand items it can meet here.',
	unverified: 'Your listings become public and take part in matching once your organization is verified.',
	allListings: 'Manage my listings',
}

export default en
