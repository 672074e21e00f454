// Switches the interface language (a plain form POST, so it works without JavaScript).
import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { localeCookie } from '#app/i18n/locale.server.ts'
import { isLocale } from '#app/i18n/translate.ts'

export async function action({ request }: ActionFunctionArgs) {
	const form = await request.formData()
	const lng = form.get('lng')
	const to = String(form.get('redirectTo') ?? '/')
	// Only same-site paths: never redirect to another origin.
	const safe = to.startsWith('/') && !to.startsWith('//') ? to.replace(/([?&])lng=[^&]*&?/, '$1').replace(/[?&]$/, '') : '/'
	if (!isLocale(lng)) return redirect(safe)
	return redirect(safe || '/', { headers: { 'Set-Cookie': await localeCookie.serialize(lng) } })
}

export async function loader() {
	return redirect('/')
}
