// Stored columns of a spec and of a constraint: the value as written plus its canonical-unit conversion.
import { toCanonical } from './units.ts'
import type { SpecConstraintInput, SpecInput } from './fields.ts'

export function specColumns(s: SpecInput) {
	if (typeof s.value === 'number') {
		const c = toCanonical(s.value, s.unit)
		return { name: s.name, valueNum: s.value, valueText: null, unit: s.unit ?? null, dimension: c?.dimension ?? null, canonicalValue: c?.value ?? null }
	}
	return { name: s.name, valueNum: null, valueText: s.value, unit: s.unit ?? null, dimension: null, canonicalValue: null }
}

export function constraintColumns(c: SpecConstraintInput) {
	const num = typeof c.value === 'number' ? c.value : null
	const lo = num !== null ? toCanonical(num, c.unit) : null
	const hi = c.value2 !== undefined ? toCanonical(c.value2, c.unit) : null
	return {
		name: c.name,
		op: c.op,
		valueNum: num,
		value2Num: c.value2 ?? null,
		valuesText: Array.isArray(c.value) ? JSON.stringify(c.value) : typeof c.value === 'string' ? c.value : null,
		unit: c.unit ?? null,
		dimension: lo?.dimension ?? null,
		canonicalValue: lo?.value ?? null,
		canonicalValue2: hi?.value ?? null,
	}
}
