/** How the bridge reaches main: Electron IPC in the app, a Playwright binding in the e2e harness. */
export interface BridgeTransport {
  invoke(route: string, input: unknown): Promise<unknown>
  /** Registers the one receiver of push events (event name, payload) sent by main. */
  subscribe(deliver: (name: unknown, payload: unknown) => void): void
}

/**
 * The body of `window.api`: exactly two functions, frozen. All validation happens in the
 * main-process router, which is the trust boundary.
 *
 * Self-contained on purpose (no imports, nothing from outside the function, no helpers a compiler
 * would add): the preload calls it with ipcRenderer, and the e2e harness puts its source text
 * (`createBridge.toString()`) into the page, so the two cannot drift apart.
 */
export function createBridge(transport: BridgeTransport) {
  type Listener = (payload: unknown) => void
  const listeners = new Map<string, Set<Listener>>()
  transport.subscribe((name, payload) => {
    if (typeof name === 'string') listeners.get(name)?.forEach((l) => l(payload))
  })
  // Methods, not arrow functions in properties: a loader that keeps function names (tsx) would
  // wrap those in a helper the page does not have.
  return Object.freeze({
    invoke(route: string, input: unknown): Promise<unknown> {
      return transport.invoke(route, input)
    },
    on(event: string, listener: Listener): () => void {
      if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('on(event, listener)')
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(listener)
      listeners.set(event, set)
      return () => void set.delete(listener)
    },
  })
}
