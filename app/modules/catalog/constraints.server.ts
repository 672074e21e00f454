// Writes the spec constraints and required certifications of a demand item or a standard item.
import { and, eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { constraints, requiredCertifications } from '#db/schema/index.ts'
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
