import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { isAllowedExternalUrl } from './externalLinks'
import { createSenderCheck } from '../ipc/sender'

describe('external links', () => {
  it('allows https links to listed hosts only', () => {
    expect(isAllowedExternalUrl('https://wetten.overheid.nl/BWBR0035917/2026-01-01')).toBe(true)
    for (const bad of [
      'http://wetten.overheid.nl/',
      'https://wetten.overheid.nl.evil.example/',
      'https://evil.example/?https://wetten.overheid.nl',
      'https://user:pw@wetten.overheid.nl/',
      'https://wetten.overheid.nl:8443/',
      'file:///etc/passwd',
      'smb://server/share',
      'javascript:alert(1)',
      'wetten.overheid.nl',
      42,
      null,
    ]) {
      expect(isAllowedExternalUrl(bad), String(bad)).toBe(false)
    }
  })
})

describe('sender check', () => {
  const fileCheck = createSenderCheck(['file:///opt/wlz/out/renderer/index.html'])
  const httpCheck = createSenderCheck(['http://127.0.0.1:5173/'])
  it('trusts only the main frame of our own pages', () => {
    expect(fileCheck({ url: 'file:///opt/wlz/out/renderer/index.html#/caseload', isMainFrame: true })).toBe(true)
    expect(fileCheck({ url: 'file:///opt/wlz/out/renderer/index.html', isMainFrame: false })).toBe(false)
    expect(fileCheck({ url: 'file:///tmp/evil.html', isMainFrame: true })).toBe(false)
    expect(fileCheck({ url: 'file:///opt/wlz/out/renderer/../../../tmp/evil.html', isMainFrame: true })).toBe(false)
    expect(httpCheck({ url: 'http://127.0.0.1:5173/index.html', isMainFrame: true })).toBe(true)
    expect(httpCheck({ url: 'http://127.0.0.1:5174/index.html', isMainFrame: true })).toBe(false)
    expect(httpCheck({ url: 'http://localhost:5173/', isMainFrame: true })).toBe(false)
  })
})

describe('Content-Security-Policy', () => {
  const entries = readdirSync('src/renderer').filter((f) => f.endsWith('.html'))
  it('is set in every HTML entry, strict and without unsafe sources', () => {
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const html = readFileSync(`src/renderer/${entry}`, 'utf8')
      const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
      expect(csp, entry).toBeDefined()
      expect(csp).toContain("default-src 'none'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("base-uri 'none'")
      expect(csp).not.toMatch(/unsafe-(inline|eval)|\*|https?:/)
    }
  })
})
