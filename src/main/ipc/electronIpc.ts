import type { IpcMain, WebContents } from 'electron'
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/contracts/channels'
import type { EventName, EventPayload } from '../../shared/contracts/catalog'
import type { Dispatch } from './router'

/** Wires the single invoke channel to the router; the sender is read from the event, never the payload. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, route: unknown, input: unknown) => {
    const frame = event.senderFrame
    return dispatch({ url: frame?.url ?? '', isMainFrame: frame !== null && frame.parent === null }, route, input)
  })
}

export function pushEvent<E extends EventName>(targets: WebContents[], event: E, payload: EventPayload<E>): void {
  for (const wc of targets) if (!wc.isDestroyed()) wc.send(EVENT_CHANNEL, event, payload)
}
