// The spec constraints and required certifications of a demand item or a standard item: written and read back (as
// interchange record fields) here, for the demand and standard owners alike.
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { constraints, requiredCertifications } from '#db/schema/index.ts'
import { compact } from '#app/utils/records.ts'
import { constraintColumns } from './columns.ts'
import type { SpecConstraintInput } from './fields.ts'

export function deleteConstraints(db: Db, ownerKind: 'demand_item' | 'standard_item', ownerId: number) {
	db.delete(constraints).where(and(eq(constraints.ownerKind, ownerKind), eq(constraints.ownerId, ownerId))).run()
	db.delete(requiredCertifications).where(and(eq(requiredCertifications.ownerKind, ownerKind), eq(requiredCertifications.ownerId, ownerId))).run()
}

export function writeConstraints(db: Db, ownerKind: 'demand_item' | 'standard_item', ownerId: number, specs: SpecConstraintInput[], certs: string[]) {
	deleteConstraints(db, ownerKind, ownerId)
	specs.forEach((c, position) => db.insert(constraints).values({ ownerKind, ownerId, position, ...constraintColumns(c) }).run())
	certs.forEach((typeCode, position) => db.insert(requiredCertifications).values({ ownerKind, ownerId, position, typeCode }).run())
}

type Owner = 'demand_item' | 'standard_item'

export function constraintsOf(db: Db, ownerKind: Owner, ownerId: number): SpecConstraintInput[] {
	return db
		.select()
		.from(constraints)
		.where(and(eq(constraints.ownerKind, ownerKind), eq(constraints.ownerId, ownerId)))
		.orderBy(asc(constraints.position))
		.all()
		.map((c) => {
			let value: SpecConstraintInput['value']
			if (c.op === 'in') value = JSON.parse(c.valuesText ?? '[]') as string[]
			else if (c.valueNum !== null) value = c.valueNum
			else if (c.valuesText !== null) value = c.valuesText
			return compact({ name: c.name, op: c.op, value, value2: c.value2Num, unit: c.unit }) as SpecConstraintInput
		})
}

export function requiredCertificationsOf(db: Db, ownerKind: Owner, ownerId: number): string[] {
	return db
		.select({ code: requiredCertifications.typeCode })
		.from(requiredCertifications)
		.where(and(eq(requiredCertifications.ownerKind, ownerKind), eq(requiredCertifications.ownerId, ownerId)))
		.orderBy(asc(requiredCertifications.position))
		.all()
		.map((r) => r.code)
}
