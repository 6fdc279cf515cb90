import { execFileSync } from 'node:child_process'
import { test, expect } from '../fixtures'
import { openBeheer } from '../pages/Beheer'
import { FirstRun } from '../pages/FirstRun'
import { seedClients } from '../pages/Brieven'

const pdfText = (path: string) => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

async function start(app: { page: import('@playwright/test').Page }) {
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Pim Testadviseur', functie: 'Klantadviseur pgb', regio: 'Amsterdam' })
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await openBeheer(page, 'Briefpapier')
  const section = page.getByRole('region', { name: 'Briefpapier' })
  await section.getByLabel('Naam zorgkantoor').fill('Zorgkantoor Proefregio (fictief)')
  await section.getByLabel('Postadres').fill('Postbus 12, 1000 AA  AMSTERDAM')
  await section.getByLabel('Telefoon').fill('020 123 45 67')
  await section.getByRole('button', { name: 'Briefpapier opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Briefpapier opgeslagen.' })).toBeVisible()
  return nav
}

test('Brieven: a pgb afwijzing from concept to archived PDF, locked afterwards', async ({ app }) => {
  const { page } = app
  const nav = await start(app)
  await seedClients(page, 1, { pgb: false, prefix: 'Afwijzing' })
  await nav.getByRole('link', { name: 'Brieven' }).click()
  await page.getByLabel('Cliënt zoeken').fill('Afwijzing01')
  await page.getByRole('radio', { name: /Afwijzing01/ }).check()
  await page.getByLabel('Soort brief').first().selectOption('pgb_afwijzing')
  await page.getByRole('button', { name: /Concept maken/ }).click()

  await expect(page.getByRole('heading', { name: /Pgb afwijzing — J\. Afwijzing01/ })).toBeVisible()
  await expect(page.getByText('Kies minstens één reden uit de lijst.')).toBeVisible()
  await page.getByLabel('Aanvraag ontvangen op').fill('01-10-2026')
  await page.getByRole('checkbox', { name: /geen budgetplan ingeleverd/ }).check()
  await page.getByLabel('Eigen toelichting (vrije tekst)').fill('Wij hebben u op 15 oktober gebeld over het budgetplan.')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Concept opgeslagen.' })).toBeVisible()
  await expect(page.getByText('vaste tekst').first()).toBeVisible()
  await app.screenshot('brieven-concept')
  await app.expectAccessible()

  const conceptDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Concept-PDF' }).click()
  const concept = test.info().outputPath('concept.pdf')
  await (await conceptDownload).saveAs(concept)
  expect(pdfText(concept)).toContain('CONCEPT')

  await page.getByRole('button', { name: 'Definitief maken' }).click()
  await page.getByRole('button', { name: 'Ja, definitief maken' }).click()
  await expect(page.getByText(/Definitief op .*kenmerk BR-\d{4}-\d{6}/)).toBeVisible()
  await app.screenshot('brieven-definitief')
  await app.expectAccessible()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PDF maken' }).click()
  const file = await download
  // A name to find the file by again: what it is, the kenmerk and the client.
  expect(file.suggestedFilename()).toMatch(/^brief-BR-\d{4}-\d{6}-J\.-Afwijzing01-fictief\.pdf$/)
  const path = test.info().outputPath('afwijzing.pdf')
  await file.saveAs(path)
  const text = pdfText(path)
  for (const part of [
    'Ons besluit',
    'artikel 3.3.3 lid 4 onder e van de Wet langdurige zorg',
    'Wat wij hebben vastgesteld',
    'binnen zes weken',
    'Wij hebben u op 15 oktober gebeld',
    'in mandaat',
    'pagina 1 van',
  ])
    expect(text).toContain(part)
  expect(text).not.toContain('CONCEPT')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, test.info().outputPath('afwijzing')])
  await test.info().attach('afwijzing-pagina-1', { path: test.info().outputPath('afwijzing.png'), contentType: 'image/png' })

  const rows = app.query<{ sha256: string; kenmerk: string }>('SELECT sha256, kenmerk FROM brief_archief')
  expect(rows).toHaveLength(1)

  // A crafted IPC call cannot change the finalised letter.
  const crafted = await page.evaluate(async () => {
    const api = window.api as unknown as { invoke: (r: string, i: unknown) => Promise<{ ok: boolean; error?: { message: string } }> }
    const list = (await api.invoke('brieven.list', {})) as unknown as { value: Array<{ id: number }> }
    const id = list.value[0]!.id
    return api.invoke('brieven.update', {
      id,
      version: 2,
      gegevens: { gronden: ['wlz-3.3.3-4a'] },
      vrijeTekst: { toelichting: 'vervalst', afsluiting: '' },
    })
  })
  expect(crafted).toMatchObject({ ok: false, error: { message: expect.stringContaining('definitief en kan niet meer worden gewijzigd') } })
  expect(app.query('SELECT sha256, kenmerk FROM brief_archief')).toEqual(rows)

  await page.getByLabel('Verzonden op').fill('22-11-2026')
  await page.getByRole('button', { name: 'Verzenddatum vastleggen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Verzenddatum vastgelegd.' })).toBeVisible()
  expect(app.query<{ n: number }>(`SELECT count(*) AS n FROM taak WHERE regel = 'bezwaartermijn' AND status = 'open'`)[0]!.n).toBe(1)
})

test('Brieven: a batch of 20 pgb toekenningen with progress and one combined PDF', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const nav = await start(app)
  // From 2025 each toekenning grants that client's own vastgesteld budgetplan (pgb op maat).
  await seedClients(page, 20, { pgb: true, prefix: 'Reeks', plan: true })
  await nav.getByRole('link', { name: 'Brieven' }).click()
  const reeks = page.getByRole('region', { name: 'Reeks brieven' })
  await expect(reeks.getByText('(20 cliënten)')).toBeVisible()
  await reeks.getByLabel('Naam van de reeks').fill('Pgb toekenningen 2027')
  await reeks.getByLabel('Ingangsdatum').fill('01-01-2027')
  await expect(reeks.getByLabel('Budget per jaar (€)')).toHaveCount(0)
  await expect(reeks.getByText('elke cliënt krijgt het totaal van zijn eigen vastgestelde budgetplan')).toBeVisible()
  await reeks.getByLabel('Verantwoordingsvrij bedrag (€)').fill('95,58')
  await reeks.getByRole('button', { name: 'Reeks aanmaken (20 brieven)' }).click()
  await expect(reeks.getByRole('cell', { name: '0 van 20' })).toBeVisible()
  await reeks.getByRole('button', { name: 'Uitvoeren' }).click()
  await expect(reeks.getByText('Resultaat: 20 gelukt, 0 mislukt')).toBeVisible({ timeout: 60_000 })
  await expect(reeks.getByText('Voortgang: 20 van 20')).toBeVisible()
  await expect(reeks.getByRole('cell', { name: '20 van 20' })).toBeVisible()
  await app.screenshot('brieven-reeks')
  await app.expectAccessible()
  expect(app.query<{ n: number }>('SELECT count(*) AS n FROM brief_archief')[0]!.n).toBe(20)

  const download = page.waitForEvent('download')
  await reeks.getByRole('button', { name: 'Alles in één PDF' }).click()
  const path = test.info().outputPath('reeks.pdf')
  await (await download).saveAs(path)
  const text = pdfText(path)
  expect(text.match(/Toekenning persoonsgebonden budget \(pgb\)/g)?.length).toBeGreaterThanOrEqual(20)
  // Per client the total of their own plan: 5, 6 or 7 hours a week at € 24,44 for 2027.
  for (const bedrag of ['€ 6.371,86', '€ 7.646,23', '€ 8.920,60']) expect(text).toContain(`U krijgt ${bedrag} voor de periode`)
  // And each letter carries its own client's amount, not a neighbour's: cut the bundle at the first
  // mention of each client and read the amount in that client's part.
  const bedragen = ['€ 6.371,86', '€ 7.646,23', '€ 8.920,60']
  const eerste = Array.from({ length: 20 }, (_, i) => ({ i, at: text.indexOf(`Reeks${String(i + 1).padStart(2, '0')} (fictief)`) }))
  expect(eerste.every((s) => s.at >= 0)).toBe(true)
  eerste.sort((a, b) => a.at - b.at)
  for (const [k, { i, at }] of eerste.entries()) {
    const deel = text.slice(at, eerste[k + 1]?.at ?? text.length)
    expect(deel.match(/U krijgt (€ [\d.,]+) voor de periode/g), `Reeks${i + 1}`).toEqual([`U krijgt ${bedragen[i % 3]} voor de periode`])
  }
  expect(app.query<{ n: number }>('SELECT count(*) AS n FROM brief WHERE budgetplan_versie_id IS NOT NULL')[0]!.n).toBe(20)
})
