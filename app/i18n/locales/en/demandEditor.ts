// English messages of the "demandEditor" namespace; same keys as zh-CN/demandEditor.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/demandEditor.ts'

const en: Widen<typeof zh> = {}
export default en
