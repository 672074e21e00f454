// The per-request CSP nonce, given to Remix's inline scripts during the server render.
// In the browser the value is empty (browsers hide nonce attributes), which React does not treat as a mismatch.
import { createContext, useContext } from 'react'

const NonceContext = createContext<string>('')
export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)
