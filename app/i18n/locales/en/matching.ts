// English messages of the "matching" namespace. Same keys as zh-CN/matching.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/matching.ts'

const en: Widen<typeof zh> = {
	title: 'Matches',
	truncated: 'This list has {{total}} items; matches are shown for the first {{shown}}. All items: the API (/api/v1/demands/{{ref}}/matches) or the match command.',
	intro: 'Every published listing is checked against the technical requirements, certifications, budget and lead time; listings that meet all hard requirements come first. Open one to see each reason (details are in Chinese).',
	itemSummary: '{{eligible}} eligible, {{count}} shown',
	noCandidates: 'No listing to compare yet.',
	eligible: 'Eligible',
	ineligible: 'Not eligible',
	score: 'Match',
	scoreValue: 'Match {{value}}%',
	reasons: 'Reasons',
	showReasons: 'Show reasons',
	passed: 'met',
	failed: 'not met',
	supplier: 'Supplier',
	opportunities: 'Opportunities',
	opportunitiesIntro: 'Open demand items whose hard requirements (specifications, certifications, budget, lead time) this listing meets.',
	noOpportunities: 'No open demand item this listing is eligible for yet.',
	quantity: 'Quantity {{quantity}}',
	neededBy: 'Needed by {{date}}',
	from: 'From “{{title}}”',
	verdict: { eligible: 'Eligible', related: 'Related', ineligible: 'Not eligible' },
	failedCriteria: 'Not met: {{criteria}}',
	criteria: {
		spec: 'Specification: {{name}}',
		certification: 'Certification: {{name}}',
		budget: 'Budget',
		lead_time: 'Lead time',
		category: 'Category',
		region: 'Region',
		capacity: 'Supply capacity',
		qualification: 'Qualifications',
		name: 'Name',
		text: 'Name relevance',
	},
}
export default en
