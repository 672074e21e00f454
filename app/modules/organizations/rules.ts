// What an organization's own people may change about its record, whichever way they write it: the /my/org form, an
// import (web upload, JSON API, API token) or any future path. One set of rules; pure (callers read what is stored).
import type { OrganizationRecord } from './schema.ts'

/** A refused change: the record's field ('' for the whole record) and a message key of the `validation` catalog. */
export type OrganizationRefusal = { field: string; code: string }

/** The fields an owner edits on the /my/org form (and so may change by import); the rest is the platform's. */
const DETAILS = ['name', 'uscc', 'kind', 'region', 'teamType', 'headcount', 'level', 'contact', 'phone', 'email', 'address', 'website'] as const

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
	[...(a ?? [])].sort().join('\n') === [...(b ?? [])].sort().join('\n')

/**
 * Why the organization may not write `incoming` over its `stored` record (empty: it may). `mayEditDetails` is whether
 * the person holds `update:organization:own` (owners; a plain member or an API token does not):
 * - only owners change the details at all (sending the record unchanged is not a change);
 * - once verified, the kind and the credit code are locked (the platform verified them; a new kind would bring new
 *   permissions, e.g. a bureau reads every team's inventory);
 * - verification and qualifications are never the organization's to set (review and the platform decide them); a
 *   record that leaves them out keeps what is stored (see `keepPlatformFields`).
 */
export function ownOrganizationRefusals(stored: OrganizationRecord & { verified?: boolean }, incoming: OrganizationRecord, mayEditDetails: boolean): OrganizationRefusal[] {
	const refusals: OrganizationRefusal[] = []
	const verified = stored.verified === true
	if (!mayEditDetails && DETAILS.some((f) => (stored[f] ?? undefined) !== (incoming[f] ?? undefined))) refusals.push({ field: '', code: 'scope.ownersOnly' })
	if (verified && incoming.kind !== stored.kind) refusals.push({ field: 'kind', code: 'org.kindLocked' })
	if (verified && incoming.uscc !== stored.uscc) refusals.push({ field: 'uscc', code: 'org.usccLocked' })
	if (incoming.verified !== undefined && incoming.verified !== verified) refusals.push({ field: 'verified', code: 'org.verificationLocked' })
	if (incoming.qualifications !== undefined && !sameList(stored.qualifications, incoming.qualifications))
		refusals.push({ field: 'qualifications', code: 'org.qualificationsLocked' })
	return refusals
}

/** The record an organization's own write stores: verification and qualifications left out are kept as they are. */
export function keepPlatformFields(stored: OrganizationRecord & { verified?: boolean }, incoming: OrganizationRecord): OrganizationRecord {
	const out: OrganizationRecord = { ...incoming }
	if (out.qualifications === undefined && stored.qualifications !== undefined) out.qualifications = stored.qualifications
	return out
}
