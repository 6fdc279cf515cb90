import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { appUrl, resolveAppFile } from './appProtocol'

const top = mkdtempSync(join(tmpdir(), 'wlz-protocol-'))
const root = join(top, 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<!doctype html>')
writeFileSync(join(root, 'assets', 'app.js'), '')
writeFileSync(join(top, 'geheim.txt'), 'buiten de app')
symlinkSync(join(top, 'geheim.txt'), join(root, 'link-naar-buiten.txt'))
symlinkSync(top, join(root, 'map-naar-buiten'))
symlinkSync(join(root, 'index.html'), join(root, 'link-binnen.html'))
afterAll(() => rmSync(top, { recursive: true, force: true }))

describe('app:// path filter', () => {
  it('serves files inside the app folder', () => {
    expect(resolveAppFile(appUrl('index.html'), root)).toMatch(/renderer[/\\]index\.html$/)
    expect(resolveAppFile(appUrl('assets/app.js'), root)).toMatch(/app\.js$/)
    expect(resolveAppFile(`${appUrl('index.html')}?x=1#top`, root)).toMatch(/index\.html$/)
    expect(resolveAppFile(appUrl('link-binnen.html'), root)).toMatch(/index\.html$/)
  })

  it.each([
    ['parent segments', 'app://werkplek/../geheim.txt'],
    ['parent segments after a folder', 'app://werkplek/assets/../../geheim.txt'],
    ['encoded dots', 'app://werkplek/%2e%2e/geheim.txt'],
    ['encoded dots and slash', 'app://werkplek/%2e%2e%2fgeheim.txt'],
    ['double encoding stays literal', 'app://werkplek/%252e%252e/geheim.txt'],
    ['encoded backslash', 'app://werkplek/..%5cgeheim.txt'],
    ['backslash', 'app://werkplek/assets\\..\\..\\geheim.txt'],
    ['NUL byte', 'app://werkplek/index.html%00.js'],
    ['absolute path', `app://werkplek/${encodeURIComponent(join(top, 'geheim.txt'))}`],
    ['absolute path after the host', `app://werkplek//${join(top, 'geheim.txt').replace(/^\//, '')}`],
    ['drive letter', 'app://werkplek/C:/Windows/win.ini'],
    ['symlink to a file outside', 'app://werkplek/link-naar-buiten.txt'],
    ['symlink to a folder outside', 'app://werkplek/map-naar-buiten/geheim.txt'],
    ['a folder', 'app://werkplek/assets'],
    ['the root itself', 'app://werkplek/'],
    ['a missing file', 'app://werkplek/bestaat-niet.html'],
    ['another host', 'app://anders/index.html'],
    ['credentials', 'app://iemand:wachtwoord@werkplek/index.html'],
    ['another scheme', `file://${join(root, 'index.html')}`],
    ['malformed encoding', 'app://werkplek/%E0%A4%A'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(url, root)).toBeNull()
  })
})

describe('the IPC sender check with app:// pages', () => {
  it('trusts only the main frame of app://werkplek pages', async () => {
    const { createSenderCheck } = await import('../ipc/sender')
    const trusted = createSenderCheck([appUrl('index.html')])
    expect(trusted({ url: appUrl('index.html'), isMainFrame: true })).toBe(true)
    expect(trusted({ url: appUrl('index.html'), isMainFrame: false })).toBe(false)
    expect(trusted({ url: 'app://anders/index.html', isMainFrame: true })).toBe(false)
    expect(trusted({ url: `file://${join(root, 'index.html')}`, isMainFrame: true })).toBe(false)
  })
})
