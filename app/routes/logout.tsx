import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { endSession } from '#app/modules/accounts/session.server.ts'
import { readForm } from '#app/http/request-body.server.ts'

export async function loader() {
	return redirect('/')
}

export async function action({ request }: ActionFunctionArgs) {
	await validateCsrf(request, await readForm(request))
	return redirect('/', { headers: { 'Set-Cookie': await endSession(request) } })
}

/** Never rendered (the loader redirects); having a component makes a refused POST show the site's error page. */
export default function ActionOnly() {
	return null
}
