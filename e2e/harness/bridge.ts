import type { Page } from '@playwright/test'
import type { Backend } from '../../src/main/backend'
import { createBridge } from '../../src/preload/bridge'

/**
 * Stands in for the preload: the page gets the preload's own bridge body (createBridge, as source
 * text), frozen as `window.api = { invoke, on }`, whose calls go through `page.exposeBinding` to the
 * very same router and services the app uses. Only the transport differs from Electron IPC; the
 * sender is taken from the calling frame.
 */
const INIT_SCRIPT = `(() => {
  let deliver = () => {};
  Object.defineProperty(window, '__wlzEmit', { enumerable: false, value: (name, payload) => deliver(name, payload) });
  const api = (${createBridge.toString()})({
    invoke: (route, input) => window.__wlzInvoke(route, input),
    subscribe: (receiver) => { deliver = receiver; },
  });
  Object.defineProperty(window, 'api', { value: api, enumerable: true, writable: false, configurable: false });
})()`

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
