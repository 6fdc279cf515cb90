import type { WebPreferences } from 'electron'

/**
 * The one webPreferences factory for every window (Electron security checklist items 2–4, 6,
 * 8–9, 12): isolated, sandboxed, no Node in the page, web security on, no webviews.
 */
export function secureWebPreferences(opts: { preload: string; devTools: boolean }): WebPreferences {
  return Object.freeze({
    preload: opts.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: opts.devTools,
  })
}
