// English messages of the "admin" namespace; same keys as zh-CN/admin.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/admin.ts'

const en: Widen<typeof zh> = {}
export default en
