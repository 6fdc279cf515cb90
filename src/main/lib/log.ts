/**
 * Main-process logging. Messages pass through `redact` so no BSN, e-mail address or postcode with
 * house number reaches a log file or the console (trust.md: no client data in logs).
 */
const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g
const SPACED_BSN = /(?<!\d)\d{4}[ .]\d{2}[ .]\d{3}(?!\d)/g
// Deliberately broad: any non-space run around an @ with a dot after it.
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g
const POSTCODE = /(?<![\dA-Za-z])[1-9]\d{3} ?[A-Z]{2}(?![A-Za-z])/g

export function redact(text: string): string {
  return text.replace(NINE_DIGITS, '[bsn]').replace(SPACED_BSN, '[bsn]').replace(EMAIL, '[e-mail]').replace(POSTCODE, '[postcode]')
}

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
}

export function createLogger(sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const write = (level: string, message: string) => sink(`${new Date().toISOString()} ${level} ${redact(message)}`)
  return {
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m, e) => write('ERROR', e instanceof Error ? `${m}: ${e.message}\n${e.stack ?? ''}` : m),
  }
}

/** A logger that keeps lines in memory: for tests and for the harness. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return Object.assign(
    createLogger((l) => lines.push(l)),
    { lines },
  )
}
