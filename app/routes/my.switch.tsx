// Chooses the organization the user acts for (members of several organizations).
import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { requireUser, setActiveOrg } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { readForm } from '#app/http/request-body.server.ts'

export async function loader() {
	return redirect('/my')
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const user = await requireUser(request)
	setActiveOrg(getDb(), user, Number(form.get('orgId')))
	return redirect('/my')
}

/** Never rendered (the loader redirects); having a component makes a refused POST show the site's error page. */
export default function ActionOnly() {
	return null
}
