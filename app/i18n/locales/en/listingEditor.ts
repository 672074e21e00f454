// English messages of the "listingEditor" namespace; same keys as zh-CN/listingEditor.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/listingEditor.ts'

const en: Widen<typeof zh> = {}
export default en
