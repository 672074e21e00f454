// A requirement on a spec, written the way a buyer reads it: 排水流量 ≥ 3000 m3/h, 扬程 15–30 m,
// 检测气体 属于 CH4 / CO, 防爆等级 须标明. Shared by demand items and standard items.
import { useTranslation } from 'react-i18next'
import type { SpecConstraintInput } from '#app/modules/catalog/fields.ts'

export type ConstraintLike = Pick<SpecConstraintInput, 'name' | 'op' | 'value' | 'value2' | 'unit'>

/** Plain numbers, no grouping: specs are copied into tenders and compared against datasheets. */
const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4))))
const val = (v: ConstraintLike['value']) => (v === undefined ? '' : Array.isArray(v) ? v.join(' / ') : typeof v === 'number' ? num(v) : v)
const withUnit = (s: string, unit: string | undefined) => (unit ? `${s} ${unit}` : s)

/** The words of the two operators a reader cannot read as symbols: "must be stated" and "one of" (须标明, 属于). */
export type ConstraintWords = { has: string; in: string }

/** The requirement after its name, e.g. `≥ 3000 m3/h`, `属于 CH4 / CO`, in the reader's words. */
export function constraintRequirement(c: ConstraintLike, words: ConstraintWords): string {
	switch (c.op) {
		case '>=':
			return withUnit(`≥ ${val(c.value)}`, c.unit)
		case '<=':
			return withUnit(`≤ ${val(c.value)}`, c.unit)
		case '=':
			return withUnit(`= ${val(c.value)}`, c.unit)
		case 'between':
			return withUnit(`${val(c.value)}–${c.value2 === undefined ? '' : num(c.value2)}`, c.unit)
		case 'in':
			return `${words.in} ${val(c.value)}`
		case 'has':
			return words.has
	}
}

export function ConstraintText({ constraint }: { constraint: ConstraintLike }) {
	const { t } = useTranslation()
	return (
		<span>
			<span className="text-slate-600">{constraint.name}</span> <span className="font-medium text-slate-900">{constraintRequirement(constraint, { has: t('ui.constraint.has'), in: t('ui.constraint.in') })}</span>
		</span>
	)
}

/** A list of requirements, or a muted line when there are none. */
export function ConstraintList({ constraints, empty }: { constraints: readonly ConstraintLike[]; empty?: React.ReactNode }) {
	if (!constraints.length) return empty ? <span className="text-slate-500">{empty}</span> : null
	return (
		<ul className="space-y-0.5">
			{constraints.map((c, i) => (
				<li key={i}>
					<ConstraintText constraint={c} />
				</li>
			))}
		</ul>
	)
}
