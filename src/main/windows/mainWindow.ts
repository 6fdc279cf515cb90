import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { secureWebPreferences } from './webPreferences'
import { appUrl } from '../security/appProtocol'

export function createMainWindow(opts: { outDir: string; devServerUrl: string | undefined; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Wlz Werkplek',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences({ preload: join(opts.outDir, 'preload/index.cjs'), devTools: opts.devTools }),
  })
  win.once('ready-to-show', () => win.show())
  if (opts.devServerUrl) void win.loadURL(opts.devServerUrl)
  // Served through app:// (index.ts), never file://: the protocol's filter decides what a window may load.
  else void win.loadURL(appUrl('index.html'))
  return win
}
