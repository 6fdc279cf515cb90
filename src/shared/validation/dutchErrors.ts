import { z } from 'zod'

type Issue = Parameters<NonNullable<NonNullable<Parameters<typeof z.config>[0]>['customError']>>[0]

/**
 * Plain Dutch (B1) fallback messages for schema checks that carry no message of their own.
 * Installed once in main and once in the renderer so both sides say the same thing.
 */
export function dutchMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'Dit veld is verplicht.' : 'Deze waarde heeft niet de juiste vorm.'
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'Vul dit veld in.' : `Gebruik minimaal ${issue.minimum} tekens.`
      }
      if (issue.origin === 'array') return `Kies minimaal ${issue.minimum}.`
      return `De waarde moet minimaal ${issue.minimum} zijn.`
    case 'too_big':
      if (issue.origin === 'string') return `Gebruik maximaal ${issue.maximum} tekens.`
      if (issue.origin === 'array') return `Maximaal ${issue.maximum} tegelijk.`
      return `De waarde mag maximaal ${issue.maximum} zijn.`
    case 'invalid_format':
      return 'Deze waarde heeft niet de juiste notatie.'
    case 'invalid_value':
      return 'Kies een van de mogelijke waarden.'
    case 'unrecognized_keys':
      // The key names are not echoed: they come from the caller and could carry anything, even a BSN.
      return 'De invoer bevat een onbekend veld.'
    case 'not_multiple_of':
      return 'Deze waarde is niet toegestaan.'
    case 'invalid_union':
      // Also a discriminated union whose tag matches none of its options.
      return 'Deze invoer past bij geen van de toegestane vormen.'
    case 'invalid_key':
      return 'Een van de namen in deze invoer is niet toegestaan.'
    case 'invalid_element':
      return 'Een van de waarden in deze lijst klopt niet.'
    default:
      // Every other check (a custom refinement without its own text, a future code) still answers in Dutch.
      return 'Deze waarde klopt niet.'
  }
}

let installed = false
export function installDutchErrors(): void {
  if (installed) return
  z.config({ customError: dutchMessage })
  installed = true
}
