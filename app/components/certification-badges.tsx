// Required certifications as a person reads them (EX（防爆合格证）, 消防产品自愿性认证), never a bare code such as
// FIRE_VOL. Shared by demand items, standard items and the response form; printed as plain text.
import { certificationText } from '#app/utils/format.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { Badge } from './ui.tsx'

export function CertificationBadges({ codes }: { codes: readonly string[] }) {
	const locale = useLocale()
	return (
		<ul className="flex flex-wrap gap-1">
			{codes.map((c) => (
				<li key={c}>
					<Badge tone="blue">
						<span className="whitespace-nowrap">{certificationText(c, locale)}</span>
					</Badge>
				</li>
			))}
		</ul>
	)
}
