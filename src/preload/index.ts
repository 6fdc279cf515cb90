import { contextBridge, ipcRenderer } from 'electron'
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/contracts/channels'
import { createBridge } from './bridge'

// Sandboxed preload: only `electron` may be required (electron-vite bundles the local imports).
contextBridge.exposeInMainWorld(
  'api',
  createBridge({
    invoke: (route, input) => ipcRenderer.invoke(INVOKE_CHANNEL, route, input),
    subscribe: (deliver) => ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => deliver(name, payload)),
  }),
)
