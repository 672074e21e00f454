// Switches the interface language (a plain form POST, so it works without JavaScript).
import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { localeCookie } from '#app/i18n/locale.server.ts'
import { isLocale } from '#app/i18n/translate.ts'
import { safeRedirect } from '#app/utils/safe-redirect.ts'
import { readForm } from '#app/http/request-body.server.ts'

export async function loader() {
	return redirect('/')
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	const lng = form.get('lng')
	// Back to the page the switch was pressed on (a path of this site only), without a `lng` parameter that would
	// override the new choice.
	const safe = safeRedirect(form.get('redirectTo'), '/').replace(/([?&])lng=[^&#]*&?/, '$1').replace(/[?&](?=#|$)/, '')
	if (!isLocale(lng)) return redirect(safe)
	return redirect(safe, { headers: { 'Set-Cookie': await localeCookie.serialize(lng) } })
}

/** Never rendered (the loader redirects); having a component makes a refused POST show the site's error page. */
export default function ActionOnly() {
	return null
}
