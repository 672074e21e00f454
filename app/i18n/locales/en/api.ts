// English messages of the "api" namespace; same keys as zh-CN/api.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/api.ts'

const en: Widen<typeof zh> = {}
export default en
