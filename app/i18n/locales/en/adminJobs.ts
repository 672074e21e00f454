// English messages of the "adminJobs" namespace (t('adminJobs.…')): the background jobs page /admin/jobs.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/adminJobs.ts'

const en: Widen<typeof zh> = {
	title: 'Background jobs',
	intro: 'The server processes run these jobs at fixed intervals. A job runs in one process at a time (a lease held in the database); npm run cli -- jobs runs the due jobs at once.',
	task: 'Background jobs',
	taskHelp: 'Last run, duration and errors of the scheduled jobs; run one now',
	caption: 'Background jobs and their last runs',
	columns: {
		job: 'Job',
		interval: 'Interval',
		lastStart: 'Last started',
		duration: 'Duration',
		status: 'Status',
		error: 'Last error',
		nextDue: 'Next run',
		lease: 'Running in (lease)',
		actions: 'Actions',
	},
	jobs: {
		alerts: { title: 'Alerts', help: 'Matching alerts, saved searches and daily digest mail' },
	},
	every: { seconds: 'every {{n}} s', minutes: 'every {{n}} min', hours: 'every {{n}} h' },
	seconds: '{{s}} s',
	status: { ok: 'Succeeded', failed: 'Failed', never: 'Not run yet', running: 'Running' },
	counts: '{{runs}} runs, {{failures}} failed',
	dueNow: 'at the next check',
	leaseUntil: 'lease until {{time}}',
	none: '—',
	run: 'Run now',
	running: 'Running…',
	notice: {
		ok: 'Job {{job}} ran: succeeded in {{seconds}} s',
		failed: 'Job {{job}} ran and failed; the error is in the table below',
		busy: 'Job {{job}} is running in another process, so it was not started again; reload in a moment to see its result',
	},
	badRequest: 'Choose a job to run',
}
export default en
