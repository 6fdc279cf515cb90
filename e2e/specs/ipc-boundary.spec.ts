import { test, expect } from '../fixtures'

test('the page sees exactly window.api.invoke and window.api.on, and nothing of Node or Electron', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welkom bij Wlz Werkplek' })).toBeVisible()
  const surface = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      keys: Object.keys(window.api),
      frozen: Object.isFrozen(window.api),
      require: typeof w.require,
      process: typeof w.process,
      ipcRenderer: typeof w.ipcRenderer,
      electron: typeof w.electron,
      module: typeof w.module,
      buffer: typeof w.Buffer,
    }
  })
  expect(surface).toEqual({
    keys: ['invoke', 'on'],
    frozen: true,
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    module: 'undefined',
    buffer: 'undefined',
  })
})

test('crafted calls from the page get result envelopes with Dutch messages and change nothing', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welkom bij Wlz Werkplek' })).toBeVisible()
  const answers = await page.evaluate(async () => {
    const api = window.api as unknown as { invoke: (r: unknown, i: unknown) => Promise<unknown> }
    return Promise.all([
      api.invoke('clients.drop', {}),
      api.invoke('clients.create', { voornamen: 'x'.repeat(5000), achternaam: '', geboortedatum: 'gisteren', bsn: '123' }),
      api.invoke('clients.create', { __proto__: { admin: true }, bsn: '999996708' }),
      api.invoke('profiel.create', null),
    ])
  })
  expect(answers[0]).toEqual({ ok: false, error: { code: 'UNKNOWN_ROUTE', message: 'Onbekende opdracht.' } })
  for (const a of answers.slice(1)) {
    expect(a).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR', message: expect.stringMatching(/^Controleer de invoer/) } })
  }
  expect(JSON.stringify(answers)).not.toMatch(/ at |\.ts:|Error:/)
  expect(app.query('SELECT count(*) AS n FROM client')).toEqual([{ n: 0 }])
})

test('the page cannot load anything from the network or run inline script (CSP)', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welkom bij Wlz Werkplek' })).toBeVisible()
  const result = await page.evaluate(async () => {
    const inline = document.createElement('script')
    inline.textContent = 'window.__inlineRan = true'
    document.body.append(inline)
    let fetched = 'blocked'
    try {
      await fetch('https://example.org/')
      fetched = 'allowed'
    } catch {
      // expected: connect-src 'self'
    }
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched }
  })
  expect(result).toEqual({ inlineRan: false, fetched: 'blocked' })
})
