import type { ErrorCode, FieldIssue } from '../../shared/contracts/envelope'

/**
 * An error meant for the adviser: a stable code and a Dutch message. Anything else thrown in a
 * service is a bug and reaches the renderer only as a generic INTERNAL message.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** A validation error on one field, e.g. `fieldError('bsn', 'Er bestaat al een cliënt met dit BSN.')`. */
export function fieldError(path: string, message: string, code: ErrorCode = 'VALIDATION_ERROR'): AppError {
  return new AppError(code, message, [{ path, message }])
}

export const CORRUPT_MESSAGE =
  'De database is beschadigd. Er wordt niets meer opgeslagen om verdere schade te voorkomen. Herstel een back-up via Beheer.'

/** Long work stopped on the person's request (the cancel button): nothing of it was kept. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'Cancelled'
  }
}
