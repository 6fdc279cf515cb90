/**
 * Errors the server answers on purpose: an HTTP status, a stable code and a Dutch message for the
 * adviser. Anything else becomes a 500 with a generic Dutch message (app.ts), never a stack trace.
 */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message)
  }
}

export const unauthenticated = (message = 'U bent niet (meer) aangemeld. Meld u opnieuw aan.') =>
  new ServerError(401, 'UNAUTHENTICATED', message)
export const forbidden = (message: string) => new ServerError(403, 'FORBIDDEN', message)
export const notFound = (message: string) => new ServerError(404, 'NOT_FOUND', message)
export const conflict = (message: string) => new ServerError(409, 'CONFLICT', message)
export const badRequest = (message: string) => new ServerError(400, 'VALIDATION_ERROR', message)
