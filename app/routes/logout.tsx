import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { validateCsrf } from '#app/modules/accounts/csrf.server.ts'
import { endSession } from '#app/modules/accounts/session.server.ts'

export async function action({ request }: ActionFunctionArgs) {
	await validateCsrf(request, await request.formData())
	return redirect('/', { headers: { 'Set-Cookie': await endSession(request) } })
}

export async function loader() {
	return redirect('/')
}
