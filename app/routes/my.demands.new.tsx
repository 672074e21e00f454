// A new demand list of the active organization (drafted, then published).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DemandEditor } from '#app/components/demand-editor.tsx'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { PageHeader } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { demandEditorAction, demandEditorLoader } from '#app/http/demand-editor.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export const loader = ({ request }: LoaderFunctionArgs) => demandEditorLoader(request, null)
export const action = ({ request }: ActionFunctionArgs) => demandEditorAction(request, null)

export default function NewDemand() {
	const d = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	const { t } = useTranslation()
	return (
		<div>
			<nav aria-label={t('demandEditor.back')} className="mb-2 text-sm text-slate-500">
				<Link to="/my/demands" className={textLinkClass}>
					{t('demandEditor.back')}
				</Link>
			</nav>
			<PageHeader title={t('demandEditor.newTitle')} subtitle={d.org.name} />
			<DemandEditor
				mode="create"
				listRef={d.listRef}
				status={null}
				orgRef={d.org.ref}
				orgKind={d.org.kind}
				orgRegion={d.org.region}
				defaultValue={d.defaultValue}
				today={d.today}
				baseline={d.baseline}
				lastResult={lastResult}
			/>
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'demandEditor.newTitle'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
