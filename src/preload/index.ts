import { contextBridge, ipcRenderer } from 'electron'
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/contracts/channels'

// Sandboxed preload: only `electron` may be required. It exposes exactly two functions; all
// validation happens in the main-process router, which is the trust boundary.
type Listener = (payload: unknown) => void
const listeners = new Map<string, Set<Listener>>()

ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (typeof name === 'string') listeners.get(name)?.forEach((l) => l(payload))
})

const api = Object.freeze({
  invoke: (route: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, route, input),
  on: (event: string, listener: Listener): (() => void) => {
    if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('on(event, listener)')
    const set = listeners.get(event) ?? new Set<Listener>()
    set.add(listener)
    listeners.set(event, set)
    return () => void set.delete(listener)
  },
})

contextBridge.exposeInMainWorld('api', api)
