import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { routes } from '../../src/shared/contracts/catalog'

const DIR = 'src/shared/contracts'
const routeKeys = (text: string) => [...text.matchAll(/^ {2}'([a-zA-Z]+(?:\.[a-zA-Z]+)+)': \{/gm)].map((m) => m[1]!)

describe('contracts', () => {
  it('declare each route in the file named after its prefix', () => {
    const misplaced: string[] = []
    const declared: string[] = []
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const keys = routeKeys(readFileSync(`${DIR}/${file}`, 'utf8'))
      declared.push(...keys)
      for (const key of keys) if (`${key.split('.')[0]}.routes.ts` !== file) misplaced.push(`${key} in ${file}`)
    }
    expect(misplaced).toEqual([])
    expect(declared.sort()).toEqual(Object.keys(routes).sort())
  })
})
