import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { installDutchErrors } from './dutchErrors'

installDutchErrors()
const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message)

describe('Dutch validation messages', () => {
  it('covers unions, discriminated unions, record keys, set elements and bare refinements', () => {
    expect(message(z.union([z.string(), z.number()]), true)).toEqual(['Deze invoer past bij geen van de toegestane vormen.'])
    const tagged = z.discriminatedUnion('soort', [z.object({ soort: z.literal('a') }), z.object({ soort: z.literal('b') })])
    expect(message(tagged, { soort: 'c' })).toEqual(['Deze invoer past bij geen van de toegestane vormen.'])
    expect(message(z.record(z.string().regex(/^a/), z.number()), { b: 1 })?.[0]).toBe('Een van de namen in deze invoer is niet toegestaan.')
    expect(
      message(
        z.string().refine((v) => v === 'ok'),
        'nee',
      ),
    ).toEqual(['Deze waarde klopt niet.'])
    for (const m of [...message(tagged, 7)!, ...message(z.map(z.string(), z.number()), new Map([['a', 'b']]))!])
      expect(m).not.toMatch(/Invalid|expected/i)
  })
})
