import { describe, expect, it } from 'vitest'
import { pincodeFormSchema } from '../src/shared/contracts/werkplek.routes'
import { WachtwoordFormSchema } from '../src/shared/contracts/teamserver.routes'
import { installDutchErrors } from '../src/shared/validation/dutchErrors'

installDutchErrors()
const paths = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? []

// The forms show every problem at once: the "typed twice" check must not wait for the others.
describe('form schemas report every field at once', () => {
  it('the PIN form: current PIN missing, new one too short and not repeated, in one go', () => {
    expect(paths(pincodeFormSchema(true).safeParse({ huidigePincode: '', pincode: '123', herhaal: '' }))).toEqual([
      'huidigePincode',
      'pincode',
      'herhaal',
    ])
    expect(pincodeFormSchema(false).safeParse({ huidigePincode: '', pincode: '482913', herhaal: '482913' }).success).toBe(true)
  })
  it('the own-password form: too short and not repeated, in one go', () => {
    expect(paths(WachtwoordFormSchema.safeParse({ huidig: '', nieuw: 'kort', herhaal: 'anders' }))).toEqual(['huidig', 'nieuw', 'herhaal'])
    expect(WachtwoordFormSchema.safeParse({ huidig: 'x', nieuw: 'een lange zin', herhaal: 'een lange zin' }).success).toBe(true)
  })
})
