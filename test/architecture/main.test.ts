import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../src/main/db/migrations'
import { importCycles, sourceFiles } from './sourceFiles'

const main = sourceFiles('src/main')
const withoutTests = main.filter((f) => !f.path.endsWith('.test.ts'))
const isRepo = (p: string) => p.endsWith('.repo.ts')
const isDb = (p: string) => p.startsWith('src/main/db/')

describe('architecture of the main process', () => {
  it('keeps SQL statements in repositories, db/ and migrations', () => {
    const offenders = withoutTests.filter((f) => f.text.includes('.prepare(') && !isRepo(f.path) && !isDb(f.path)).map((f) => f.path)
    expect(offenders).toEqual([])
  })

  it('opens transactions only in the unit of work and db/', () => {
    const offenders = withoutTests
      .filter((f) => /\.transaction\(/.test(f.text) && !f.path.startsWith('src/main/write/') && !isDb(f.path))
      .map((f) => f.path)
    expect(offenders).toEqual([])
  })

  it('keeps composition free of SQL and of business rules', () => {
    const services = main.find((f) => f.path === 'src/main/features/services.ts')!
    expect(services.text).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b|\.prepare\(|\bthrow\b/)
  })

  it('writes audit records only through the unit of work', () => {
    const offenders = withoutTests
      .filter((f) => /\baudit\.record\(/.test(f.text) && f.path !== 'src/main/write/unitOfWork.ts')
      .map((f) => f.path)
    expect(offenders).toEqual([])
  })

  it('has no import cycles (main and shared)', () => {
    expect(importCycles([...withoutTests, ...sourceFiles('src/shared')])).toEqual([])
  })
})

describe('migrations', () => {
  it('lists every migration file in the index, in the order of their numbers', () => {
    const files = readdirSync('src/main/db/migrations')
      .filter((f) => /^\d{4}-.+\.ts$/.test(f))
      .sort()
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(files.map((_, i) => i + 1))
    expect(migrations.map((m) => m.version)).toEqual(files.map((f) => Number(f.slice(0, 4))))
    expect(migrations.map((m) => m.name)).toEqual(files.map((f) => f.slice(5, -3)))
  })
})
