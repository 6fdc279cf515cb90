/** The only two IPC channels: one for request/response, one for pushes from main. */
export const INVOKE_CHANNEL = 'wlz:invoke'
export const EVENT_CHANNEL = 'wlz:event'

/** The hidden print window: documents pushed to it, its "laid out" reply and its "printed" report (afterprint). */
export const PRINT_DOCUMENT_CHANNEL = 'wlz:print-document'
export const PRINT_RENDERED_CHANNEL = 'wlz:print-rendered'
export const PRINT_PRINTED_CHANNEL = 'wlz:print-printed'
