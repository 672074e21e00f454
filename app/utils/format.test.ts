import { describe, expect, it } from 'vitest'
import { constraintRequirement } from '#app/components/constraint-text.tsx'
import { checkCertification } from '#app/modules/matching/eligibility.ts'
import { certificationShort, certificationText } from './format.ts'

describe('certification names', () => {
	it('shows a certificate mark with its name in the reader language', () => {
		expect(certificationText('EX', 'zh-CN')).toBe('EX（防爆合格证）')
		expect(certificationText('EX', 'en')).toBe('EX (Explosion-proof certificate)')
		expect(certificationText('MA', 'zh-CN')).toBe('MA（矿用产品安全标志(煤矿)）')
	})

	it('never shows the platform codes FIRE_VOL and VEH, only their names', () => {
		expect(certificationText('FIRE_VOL', 'zh-CN')).toBe('消防产品自愿性认证')
		expect(certificationText('FIRE_VOL', 'en')).toBe('Voluntary fire-product certification')
		expect(certificationText('VEH', 'zh-CN')).toBe('机动车产品公告')
		expect(certificationShort('FIRE_VOL', 'zh-CN')).toBe('消防产品自愿性认证')
		expect(certificationShort('CCCF', 'zh-CN')).toBe('CCCF')
	})

	it('does not repeat a code the name already carries, and leaves unknown codes as written', () => {
		expect(certificationText('CE', 'zh-CN')).toBe('CE认证')
		expect(certificationText('XYZ', 'zh-CN')).toBe('XYZ')
	})

	it('writes the names into the matcher reasons', () => {
		expect(checkCertification('FIRE_VOL', [], '2027-01-01').detail).toBe('未持有 消防产品自愿性认证')
		expect(checkCertification('FIRE_VOL', [], '2027-01-01').detail).not.toContain('FIRE_VOL')
	})
})

describe('constraint texts', () => {
	it('writes a list requirement in words, not as a set symbol', () => {
		const c = { name: '检测气体', op: 'in' as const, value: ['CH4', 'CO'] }
		expect(constraintRequirement(c, { has: '须标明', in: '属于' })).toBe('属于 CH4 / CO')
		expect(constraintRequirement(c, { has: 'must be stated', in: 'in' })).toBe('in CH4 / CO')
		expect(constraintRequirement({ name: '防爆等级', op: 'has' }, { has: '须标明', in: '属于' })).toBe('须标明')
	})
})
