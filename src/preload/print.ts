import { contextBridge, ipcRenderer } from 'electron'
import { PRINT_DOCUMENT_CHANNEL, PRINT_PRINTED_CHANNEL, PRINT_RENDERED_CHANNEL } from '../shared/contracts/channels'

// Preload of the hidden print window: it receives documents from main and reports when one is laid
// out and when its print has left the page. Nothing else crosses; the page has no access to the app's routes.
type Listener = (doc: unknown, token: string) => void

contextBridge.exposeInMainWorld(
  'printApi',
  Object.freeze({
    onDocument(listener: Listener): () => void {
      const handler = (_e: unknown, doc: unknown, token: string) => listener(doc, token)
      ipcRenderer.on(PRINT_DOCUMENT_CHANNEL, handler)
      return () => void ipcRenderer.off(PRINT_DOCUMENT_CHANNEL, handler)
    },
    rendered: (token: string) => ipcRenderer.send(PRINT_RENDERED_CHANNEL, String(token)),
    printed: () => ipcRenderer.send(PRINT_PRINTED_CHANNEL),
  }),
)
