import { execFileSync } from 'node:child_process'
import { copyFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test, expect } from '../fixtures'
import { openBeheer } from '../pages/Beheer'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'

const REDEN = 'Maximumtarief informele zorg 2027 nagekeken in de Staatscourant; de tabel in Beheer volgt nog.'
const pdfText = (path: string) => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

/** Keeps every page of a PDF as a PNG (pdftoppm -r 60) next to the screenshots, to look at. */
function pngs(path: string, name: string): string[] {
  const shots = resolve('test-results/screenshots')
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(shots, name)])
  return readdirSync(shots).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
}

/**
 * The Max story (fictitious): an 8-year-old with VG5; Fien does the morning care on weekdays, paid
 * from a pgb. From 2025 the pgb is op maat: the 2027 budgetplan is the budget. No verified maximum
 * tariff for 2027 exists, so that check cannot be judged; the adviser overrides it with a reason,
 * sets the plan vastgesteld, and the toekenning grants exactly the plan's total.
 */
test('budgetplan: Max 2027 op maat — override a check with a reason, vaststellen, a toekenning of exactly the plan', async ({ app }) => {
  test.setTimeout(240_000)
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Pien Pgb-adviseur', afdeling: 'Pgb-afdeling', regio: 'Amsterdam' })
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await openBeheer(page, 'Briefpapier')
  const briefpapier = page.getByRole('region', { name: 'Briefpapier', exact: true })
  await briefpapier.getByLabel('Naam zorgkantoor').fill('Zorgkantoor Proefregio (fictief)')
  await briefpapier.getByLabel('Postadres').fill('Postbus 12, 1000 AA  AMSTERDAM')
  await briefpapier.getByLabel('Telefoon').fill('020 123 45 67')
  await briefpapier.getByRole('button', { name: 'Briefpapier opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Briefpapier opgeslagen.' })).toBeVisible()

  const caseload = new Caseload(page)
  await caseload.open()
  const dossier = await caseload.createClient(
    { voornamen: 'Max', achternaam: 'Testkind', geboortedatum: '12-05-2018', bsn: '999996708' },
    'M. Testkind',
  )
  await dossier.tab('Persoon')
  await page.getByLabel('Geslacht').selectOption('man')
  await dossier.saveAddress({ straat: 'Proefstraat', huisnummer: '8', postcode: '1011 AB', woonplaats: 'Amsterdam' })
  await dossier.tab('Indicaties')
  await page.getByRole('button', { name: 'Nieuwe indicatie' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Besluitnummer CIZ').fill('2026000808')
  await dialog.getByLabel('Afgiftedatum').fill('15-12-2025')
  await dialog.getByLabel('Ingangsdatum').fill('01-01-2026')
  await dialog.getByLabel('Zorgprofiel').selectOption({ label: '5VG — Wonen met intensieve begeleiding en intensieve verzorging' })
  await dialog.getByRole('checkbox', { name: 'Verstandelijke handicap' }).check()
  await dialog.getByRole('button', { name: 'Indicatie opslaan' }).click()
  await expect(dialog).toBeHidden()

  // The budgetplan for 2027, from the template for informal care by someone the family knows.
  await dossier.tab('Plannen')
  await page.getByRole('combobox', { name: 'Sjabloon' }).selectOption({ label: 'Budgetplan: Pgb — informele zorg door een bekende' })
  await page.getByRole('textbox', { name: /^Titel/ }).fill('Budgetplan 2027')
  await page.getByRole('button', { name: 'Plan maken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Budgetplan 2027/ })).toBeVisible()
  const status = page.locator('.save-status')
  await page.getByRole('textbox', { name: 'Van', exact: true }).fill('01-01-2027')
  await page.getByRole('textbox', { name: 'Tot en met' }).fill('31-12-2027')
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Fien (fictief)')
  await page.getByLabel('Wat precies, regel 1').fill('Wassen, aankleden, ontbijt, klaarzetten voor de bus naar de dagbesteding')
  // Bad input first: negative hours are named and nothing is sent.
  await page.getByLabel('Aantal per week, regel 1').fill('-2')
  await expect(page.getByText('Het aantal per week kan niet negatief zijn.')).toBeVisible()
  await expect(status).toContainText('Niet opgeslagen')
  await page.getByLabel('Aantal per week, regel 1').fill('5')
  await page.getByLabel('Tarief, regel 1').fill('24,44')
  for (let i = 0; i < 10; i++) await page.locator(`input[name="punt-${i}"][value="voldoende"]`).check()
  await page.getByRole('textbox', { name: /^Datum/ }).fill('20-11-2026')
  await page.getByRole('combobox', { name: /^Uitkomst/ }).selectOption({ label: 'Positief: bewuste keuze voor pgb' })
  await page.getByRole('textbox', { name: /^Aanwezig/ }).fill('Jeanet (moeder), klantadviseur')
  await expect(status).toContainText('Opgeslagen')
  // 5 hours a week × € 24,44 × 365 days / 7.
  await expect(page.locator('.plan-total')).toContainText('€ 6.371,86')
  await app.screenshot('budgetplan-editor')
  await app.expectAccessible()

  // No verified maximum tariff for 2027: the check cannot judge the plan, and vaststellen is blocked.
  await page.getByRole('tab', { name: /Controles/ }).click()
  const tarieven = page.locator('.controle', { hasText: 'Tarieven binnen de maximumtarieven' })
  await expect(tarieven.locator('.status-pill')).toHaveText('Niet te beoordelen')
  await expect(page.locator('.controle', { hasText: 'Budget op maat: het budgetplan binnen de maximumtarieven' })).toBeVisible()
  await expect(page.locator('.ontbreekt')).toContainText('Controle "Tarieven binnen de maximumtarieven" is niet te beoordelen')
  await app.screenshot('budgetplan-controles-niet-te-beoordelen')
  await app.expectAccessible()

  // Overriding needs a real reason: a short one is refused and nothing is stored.
  await tarieven.getByRole('button', { name: 'Overschrijven: Tarieven binnen de maximumtarieven' }).click()
  const overschrijf = page.getByRole('dialog', { name: /Controle overschrijven/ })
  await overschrijf.getByLabel('Waarom is deze controle toch akkoord?').fill('klopt wel')
  await overschrijf.getByRole('button', { name: 'Overschrijven' }).click()
  await expect(overschrijf.getByRole('alert')).toContainText('Schrijf in minstens 20 tekens')
  await app.screenshot('budgetplan-overschrijven')
  await app.expectAccessible()
  expect(app.query('SELECT * FROM controle_overschrijving')).toEqual([])
  await overschrijf.getByLabel('Waarom is deze controle toch akkoord?').fill(REDEN)
  await overschrijf.getByRole('button', { name: 'Overschrijven' }).click()
  await expect(overschrijf).toBeHidden()
  await expect(tarieven).toContainText(`Overschreven: ${REDEN}`)
  await expect(tarieven.locator('.status-pill')).toHaveText('Niet te beoordelen')
  await expect(page.getByText('Alles is compleet: dit plan kan worden vastgesteld.')).toBeVisible()
  await app.screenshot('budgetplan-controles-overschreven')
  await app.expectAccessible()

  await page.getByRole('button', { name: 'Vaststellen…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Vaststellen', exact: true }).click()
  await expect(page.locator('.plan-meta .status-pill')).toHaveText('Vastgesteld')
  const [versie] = app.query<{ id: number; status: string; budget_cent: number }>('SELECT id, status, budget_cent FROM plan_versie')
  expect(versie).toMatchObject({ status: 'vastgesteld', budget_cent: 637_186 })
  expect(app.query<{ event: string }>(`SELECT event FROM audit_log WHERE event = 'plan.overschrijving'`)).toHaveLength(1)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PDF voor ondertekening' }).click()
  const planPdf = test.info().outputPath('budgetplan.pdf')
  await (await download).saveAs(planPdf)
  const planText = pdfText(planPdf)
  for (const expected of ['Pgb-budgetplan', 'M. Testkind', 'Fien (fictief)', '€ 6.371,86', 'Beoordeeld door de adviseur', 'Handtekening'])
    expect(planText).toContain(expected)
  expect(planText).not.toContain('CONCEPT')

  // A change after vaststellen is a new version; the diff shows it per section.
  await page.getByRole('button', { name: 'Nieuwe versie maken' }).click()
  await expect(page.locator('.plan-meta')).toContainText('Versie 2')
  await page.getByRole('textbox', { name: /^Toelichting \(/ }).fill('Fien komt ook op woensdagmiddag.')
  await expect(status).toContainText('Opgeslagen')
  await page.getByRole('tab', { name: /Versies/ }).click()
  await expect(page.locator('.diff ins')).toContainText('woensdagmiddag')
  await app.screenshot('budgetplan-versies')
  await app.expectAccessible()

  // Beheer lists the override: date, client, plan version, check, reason, adviser.
  await openBeheer(page, 'Overschreven controles')
  const lijst = page.getByRole('region', { name: 'Overschreven controles', exact: true })
  await expect(lijst.getByRole('row', { name: /M\. Testkind/ })).toContainText(REDEN)
  await expect(lijst.getByRole('row', { name: /M\. Testkind/ })).toContainText('Budgetplan 2027, versie 1')
  await app.screenshot('beheer-rechtmatig')
  await app.expectAccessible()

  // The toekenning: the amount is the vastgesteld plan's total, shown, not typed.
  await menu.getByRole('link', { name: 'Brieven' }).click()
  await page.getByLabel('Cliënt zoeken').fill('Testkind')
  await page.getByRole('radio', { name: /Testkind/ }).check()
  await page.getByLabel('Soort brief').first().selectOption('pgb_toekenning')
  await page.getByRole('button', { name: /Concept maken/ }).click()
  await expect(page.getByRole('heading', { name: /Pgb toekenning \(verlening\) — M\. Testkind/ })).toBeVisible()
  await expect(page.locator('.plan-totaal')).toContainText('Totaal van het vastgestelde budgetplan (versie 1')
  await expect(page.locator('.plan-totaal')).toContainText('€ 6.371,86')
  await expect(page.getByLabel('Ingangsdatum')).toHaveValue('01-01-2027')
  await expect(page.getByLabel('Budget per jaar (€)')).toHaveCount(0)
  await page.getByLabel('Verantwoordingsvrij bedrag (€)').fill('95,58')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Concept opgeslagen.' })).toBeVisible()

  // Bad input: more than the plan is refused in Dutch, and nothing is written.
  const brief = () =>
    app.query<{ version: number; gegevens: string }>(`SELECT version, gegevens FROM brief WHERE soort = 'pgb_toekenning'`)[0]!
  const voor = brief()
  await page.getByLabel(/^Toegekend bedrag/).fill('6.400,00')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText('is hoger dan het totaal van het vastgestelde budgetplan (€ 6.371,86)').first()).toBeVisible()
  expect(brief()).toEqual(voor)
  await app.screenshot('brieven-toekenning-te-hoog')
  await app.expectAccessible()
  await page.getByLabel(/^Toegekend bedrag/).fill('')
  await expect(page.getByText('Nog niet compleet.')).toHaveCount(0)
  await app.screenshot('brieven-toekenning-op-maat')
  await app.expectAccessible()

  await page.getByRole('button', { name: 'Definitief maken' }).click()
  await page.getByRole('button', { name: 'Ja, definitief maken' }).click()
  await expect(page.getByText(/Definitief op .*kenmerk BR-\d{4}-\d{6}/)).toBeVisible()
  const pdf = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PDF maken' }).click()
  const toekenning = test.info().outputPath('toekenning.pdf')
  await (await pdf).saveAs(toekenning)
  const text = pdfText(toekenning)
  for (const part of [
    'U krijgt € 6.371,86 voor de periode van 1 januari 2027 tot en met 31 december 2027.',
    'Totaal van het budgetplan € 6.371,86',
    'Budget voor deze periode € 6.371,86',
    'zorgprofiel 5VG: VG Wonen met intensieve begeleiding en intensieve verzorging;',
    'besluitnummer 2026000808;',
    'Geachte heer Testkind,',
    'pagina 2 van',
  ])
    expect(text).toContain(part)
  expect(app.query(`SELECT budgetplan_versie_id AS v FROM brief WHERE soort = 'pgb_toekenning'`)).toEqual([{ v: versie!.id }])
  for (const png of pngs(toekenning, 'toekenning-op-maat'))
    await test.info().attach(png, { path: resolve('test-results/screenshots', png), contentType: 'image/png' })
  copyFileSync(toekenning, resolve('test-results/screenshots/toekenning-op-maat.pdf'))
})
