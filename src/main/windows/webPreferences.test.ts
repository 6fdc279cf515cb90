import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from './webPreferences'

describe('secureWebPreferences (the one factory every window uses)', () => {
  const prefs = secureWebPreferences({ preload: '/app/out/preload/index.cjs', devTools: false })
  it('isolates and sandboxes the page and keeps Node out of it', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
    })
  })
  it('cannot be weakened by a caller after creation', () => {
    expect(Object.isFrozen(prefs)).toBe(true)
    expect(() => Object.assign(prefs, { sandbox: false })).toThrow()
  })
  it('uses the CommonJS preload that a sandboxed window can load', () => {
    expect(prefs.preload).toMatch(/\.cjs$/)
  })
})
