import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { XSS_PAYLOADS } from '../harness/xssPayloads'
import { injectedMarkup } from '../harness/injectedMarkup'

type Invoke = (route: string, input: unknown) => Promise<{ ok: boolean; value?: { id: number; version: number }; error?: unknown }>

test('hostile text in every free-text field is shown literally and never runs', async ({ app }) => {
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Xander Testadviseur', regio: 'Amsterdam' })
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible()

  // Through the real routes, as a renderer would: names, representatives, contacts, tasks.
  const clientId = await page.evaluate(async (payloads) => {
    const invoke = (window.api as unknown as { invoke: Invoke }).invoke
    const c = await invoke('clients.create', {
      voornamen: payloads[1],
      voorvoegsel: '',
      achternaam: payloads[0],
      geboortedatum: '1950-05-05',
      bsn: '999996708',
    })
    const id = c.value!.id
    await invoke('vertegenwoordigers.create', {
      clientId: id,
      soortRelatie: 'mentor',
      naam: payloads[2],
      organisatie: payloads[3],
      straat: payloads[4],
      woonplaats: payloads[5],
    })
    for (let i = 0; i < payloads.length; i += 3) {
      await invoke('contactmomenten.create', {
        clientId: id,
        soort: 'telefonisch',
        datum: '2026-11-01',
        deelnemers: payloads[i],
        verslag: payloads[i + 1] ?? '',
        vervolgactie: payloads[i + 2] ?? '',
      })
    }
    for (let i = 0; i < 10; i++)
      await invoke('taken.create', {
        clientId: id,
        titel: payloads[(i * 7) % payloads.length],
        toelichting: payloads[(i * 7 + 1) % payloads.length],
        deadline: '2026-12-01',
      })
    return id
  }, XSS_PAYLOADS)

  await page.reload()
  await expect(page.getByRole('grid', { name: 'Caseload' })).toContainText('<script>window.__xss=1</script>')
  // The DOM itself, on every screen that shows the hostile values: no injected element, no on* attribute.
  const injected: Record<string, string[]> = { caseload: await injectedMarkup(page) }
  await page.goto(`${new URL(page.url()).origin}/#/dossier/${clientId}`)
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' })
  for (const name of [/Overzicht/, /Persoon/, /Vertegenwoordigers/, /Contactmomenten/, /Taken/]) {
    const tab = tabs.getByRole('tab', { name })
    if (!(await tab.count())) continue
    await tab.click()
    await page.waitForTimeout(150)
    injected[name.source] = await injectedMarkup(page)
  }
  await expect(page.getByText('<img src=x onerror="window.__xss=12">')).toBeVisible()
  await app.screenshot('xss-contactmomenten')
  expect(injected).toEqual(Object.fromEntries(Object.keys(injected).map((k) => [k, []])))
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()

  // Control: the inspection finds markup when there is some (it cannot pass by looking at nothing).
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div id="controle"><img src="x" onerror="void 0"></div>'))
  expect(await injectedMarkup(page)).toEqual([expect.stringContaining('onerror on <img>')])
  await page.evaluate(() => document.getElementById('controle')?.remove())
})

test('no client data in plaintext anywhere in the data folder after a working session', async ({ app }) => {
  const { page } = app
  await new FirstRun(page).loadDemo()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  // Names of six letters or more: a 4-letter name ("Berg") turns up by chance in ~6 MB of ciphertext in
  // about one run in a hundred per name (6e6 / 2^32); a 6-byte one about once in 50 million runs.
  const canaries = app.query<{ bsn: string; achternaam: string }>(
    'SELECT bsn, achternaam FROM client WHERE length(achternaam) >= 6 LIMIT 20',
  )
  expect(canaries).toHaveLength(20)
  // Work a little: search, open a dossier, make a back-up.
  await page.getByRole('searchbox', { name: 'Zoek cliënt' }).fill(canaries[0]!.achternaam)
  await page.getByRole('grid', { name: 'Caseload' }).locator('.grid-body [role="row"]').first().dblclick()
  await expect(page.getByRole('tablist', { name: 'Onderdelen van het dossier' })).toBeVisible()
  await page.evaluate(() => (window.api as unknown as { invoke: Invoke }).invoke('backups.create', {}))

  const files: string[] = []
  const walk = (dir: string) =>
    readdirSync(dir).forEach((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : files.push(join(dir, f))))
  walk(app.dataDir)
  expect(files.some((f) => f.includes('backups'))).toBe(true)
  const hits = files.flatMap((f) => {
    const bytes = readFileSync(f)
    return canaries.flatMap((c) => [c.bsn, c.achternaam].filter((needle) => bytes.includes(needle)).map((needle) => `${f}: ${needle}`))
  })
  expect(hits).toEqual([])
})
