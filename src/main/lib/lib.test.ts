import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { redact } from './log'
import { resolveDataDir } from './paths'
import { testBsns } from '../../shared/domain/bsn'
import { storyClock } from './clock'

describe('log redaction', () => {
  const bsns = [...testBsns('9999')].slice(0, 500)
  it('removes BSNs (plain or spaced), e-mail addresses and postcodes from any message', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...bsns), fc.string(), fc.emailAddress(), (a, bsn, b, email) => {
        const spaced = `${bsn.slice(0, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)}`
        const out = redact(`${a} ${bsn} ${b} ${spaced} ${email} 1234 AB`)
        expect(out).not.toContain(bsn)
        expect(out).not.toContain(spaced)
        expect(out).not.toContain(email)
        expect(out).not.toContain('1234 AB')
      }),
      { numRuns: 2000 },
    )
  })
  it('leaves ordinary text alone', () => {
    expect(redact('route clients.list failed in 12 ms on 2026-11-22')).toBe('route clients.list failed in 12 ms on 2026-11-22')
  })
})

describe('data folder', () => {
  it('takes the flag, then WLZ_DATA_DIR, then the default', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir=/srv/tweede'], { WLZ_DATA_DIR: '/x' }, '/home/a/.config/Wlz Werkplek')).toBe(
      '/srv/tweede',
    )
    expect(resolveDataDir([], { WLZ_DATA_DIR: '/x' }, '/d')).toBe('/x')
    expect(resolveDataDir([], {}, '/d')).toBe('/d')
  })
})

describe('story clock', () => {
  it('starts on the story date in Dutch time and runs on from there', async () => {
    const clock = storyClock('2026-11-22')
    expect(clock.today()).toBe('2026-11-22')
    const first = clock.now().getTime()
    expect(Math.abs(first - Date.parse('2026-11-22T08:00:00Z'))).toBeLessThan(1_000)
    await new Promise((r) => setTimeout(r, 20))
    expect(clock.now().getTime()).toBeGreaterThan(first)
  })
  it('keeps the story date in winter and in summer time', () => {
    expect(storyClock('2026-03-28').today()).toBe('2026-03-28')
    expect(storyClock('2026-07-01').today()).toBe('2026-07-01')
  })
})
