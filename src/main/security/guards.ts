import type { App, Session, Shell, WebContents } from 'electron'
import { isAllowedExternalUrl } from './externalLinks'

/**
 * App-wide lock-down (Electron security checklist 11–14): no navigation away from our pages,
 * no new windows, no webviews, every permission denied, no network requests from renderers
 * (the app works offline; only the dev server is reachable in development).
 */
export function installSecurityGuards(app: App, shell: Shell, session: Session, devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (e) => e.preventDefault())
    contents.on('will-redirect', (e) => e.preventDefault())
    contents.on('will-attach-webview', (e) => e.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  const devOrigin = devServerUrl ? new URL(devServerUrl).host : null
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = new URL(details.url)
    const network = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(url.protocol)
    callback({ cancel: network && url.host !== devOrigin })
  })
}
