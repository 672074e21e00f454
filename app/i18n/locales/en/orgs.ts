// English messages of the "orgs" namespace; same keys as zh-CN/orgs.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/orgs.ts'

const en: Widen<typeof zh> = {}
export default en
