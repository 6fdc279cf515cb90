/** The only two IPC channels: one for request/response, one for pushes from main. */
export const INVOKE_CHANNEL = 'wlz:invoke'
export const EVENT_CHANNEL = 'wlz:event'
