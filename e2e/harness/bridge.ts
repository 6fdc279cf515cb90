import type { Page } from '@playwright/test'
import { runInNewContext } from 'node:vm'
import type { Backend } from '../../src/main/backend'
import { createBridge } from '../../src/preload/bridge'

const BRIDGE_SOURCE = createBridge.toString()

// The page gets only the function's text, so it must not lean on anything around it, such as a
// helper a TypeScript loader adds (Playwright's here, tsx in the bench). Checked once, in a context
// that has nothing else: it fails here instead of as a missing window.api in the page.
runInNewContext(`{
  const api = (${BRIDGE_SOURCE})({ invoke: async () => null, subscribe: (deliver) => { globalThis.deliver = deliver } })
  let calls = 0
  api.on('e', () => { calls += 10 })()
  api.on('e', (n) => { calls += n })
  deliver('e', 1)
  if (calls !== 1 || !Object.isFrozen(api) || Object.keys(api).join() !== 'invoke,on') throw new Error('createBridge does not work on its own')
}`)

const INIT_SCRIPT = `(() => {
  let deliver = () => {};
  Object.defineProperty(window, '__wlzEmit', { enumerable: false, value: (name, payload) => deliver(name, payload) });
  const api = (${BRIDGE_SOURCE})({
    invoke: (route, input) => window.__wlzInvoke(route, input),
    subscribe: (receiver) => { deliver = receiver; },
  });
  Object.defineProperty(window, 'api', { value: api, enumerable: true, writable: false, configurable: false });
})()`

/**
 * Stands in for the preload: the page gets the preload's own bridge body (createBridge, as source
 * text), frozen as `window.api = { invoke, on }`, whose calls go through `page.exposeBinding` to the
 * very same router and services the app uses. Only the transport differs from Electron IPC; the
 * sender is taken from the calling frame.
 */
export async function installBridge(page: Page, backend: () => Backend): Promise<void> {
  await page.exposeBinding('__wlzInvoke', ({ frame }, route: unknown, input: unknown) =>
    backend().dispatch({ url: frame.url(), isMainFrame: frame.parentFrame() === null }, route, input),
  )
  await page.addInitScript(INIT_SCRIPT)
}

/** Delivers a push event to the page, as webContents.send does in the app. */
export function emitTo(page: Page, event: string, payload: unknown): void {
  page
    .evaluate(([e, p]) => (window as unknown as { __wlzEmit: (e: unknown, p: unknown) => void }).__wlzEmit(e, p), [event, payload] as const)
    .catch(() => {
      // The page may be reloading or closed; events are advisory.
    })
}
