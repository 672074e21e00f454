/** The shape of a zh-CN catalog with its literal strings widened, so the en catalog must have exactly the same keys. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
