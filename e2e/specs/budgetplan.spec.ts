import { execFileSync } from 'node:child_process'
import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'

/**
 * The Max story (fictitious): an 8-year-old with VG5; Fien does the morning care on weekdays,
 * paid from a pgb. Draft the budgetplan, run the checks, set it vastgesteld, print it.
 */
test('budgetplan: Max — informal morning care on weekdays, checks, vaststellen, PDF, new version and diff', async ({ app }) => {
  test.setTimeout(120_000)
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Pien Pgb-adviseur', afdeling: 'Pgb-afdeling', regio: 'Amsterdam' })

  // A budget for VG5 in 2026: a fictitious amount, marked as not verified.
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await menu.getByRole('link', { name: 'Beheer' }).click()
  const bedragen = page.getByRole('region', { name: 'Bedragen en tarieven' })
  await bedragen.getByLabel('Soort').selectOption({ label: 'Pgb-budget per zorgprofiel (per jaar)' })
  await bedragen.getByLabel('Zorgprofiel').selectOption({ label: '5VG — VG Wonen met intensieve begeleiding en intensieve verzorging' })
  await bedragen.getByLabel('Geldig vanaf').fill('01-01-2026')
  await bedragen.getByRole('textbox', { name: 'Bedrag' }).fill('60.000,00')
  await bedragen.getByRole('textbox', { name: /^Bron/ }).fill('Fictief bedrag voor de test')
  await bedragen.getByRole('button', { name: 'Bedrag toevoegen' }).click()
  await expect(bedragen.getByRole('cell', { name: '€ 60.000,00' })).toBeVisible()

  const caseload = new Caseload(page)
  await caseload.open()
  await caseload.openNewClient()
  await caseload.fillClient({ voornamen: 'Max', achternaam: 'Testkind', geboortedatum: '12-05-2018', bsn: '999996708' })
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' })
  await tabs.getByRole('tab', { name: 'Indicaties' }).click()
  await page.getByRole('button', { name: 'Nieuwe indicatie' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Besluitnummer CIZ').fill('2026000808')
  await dialog.getByLabel('Afgiftedatum').fill('15-12-2025')
  await dialog.getByLabel('Ingangsdatum').fill('01-01-2026')
  await dialog.getByLabel('Zorgprofiel').selectOption({ label: '5VG — VG Wonen met intensieve begeleiding en intensieve verzorging' })
  await dialog.getByRole('checkbox', { name: 'Verstandelijke handicap' }).check()
  await dialog.getByRole('button', { name: 'Indicatie opslaan' }).click()
  await expect(dialog).toBeHidden()

  // A budgetplan from the template for informal care by someone the family knows.
  await tabs.getByRole('tab', { name: 'Plannen' }).click()
  await page.getByRole('combobox', { name: 'Sjabloon' }).selectOption({ label: 'Budgetplan: Pgb — informele zorg door een bekende' })
  await page.getByRole('button', { name: 'Plan maken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Budgetplan 2026/ })).toBeVisible()
  const status = page.locator('.save-status')

  await page.getByRole('textbox', { name: 'Van', exact: true }).fill('01-12-2026')
  await page.getByRole('textbox', { name: 'Tot en met' }).fill('31-12-2026')
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Fien (fictief)')
  await page.getByLabel('Wat precies, regel 1').fill('Wassen, aankleden, ontbijt, klaarzetten voor de bus naar de dagbesteding')
  // Bad input first: negative hours are named and nothing is sent.
  await page.getByLabel('Aantal per week, regel 1').fill('-2')
  await expect(page.getByText('Het aantal per week kan niet negatief zijn.')).toBeVisible()
  await expect(status).toContainText('Niet opgeslagen')
  await page.getByLabel('Aantal per week, regel 1').fill('5')
  // A tariff above the informal maximum is allowed in a draft and flagged by the check.
  await page.getByLabel('Tarief, regel 1').fill('30,00')
  await expect(status).toContainText('Opgeslagen')
  await page.getByRole('tab', { name: /Controles/ }).click()
  const tarieven = page.locator('.controle', { hasText: 'Tarieven binnen de maximumtarieven' })
  await expect(tarieven.locator('.status-pill')).toHaveText('Voldoet niet')
  await expect(tarieven).toContainText('Geen geverifieerd bedrag voor 2026')

  await page.getByRole('tab', { name: 'Budgetplan' }).click()
  await page.getByLabel('Tarief, regel 1').fill('24,44')
  for (let i = 0; i < 10; i++) await page.locator(`input[name="punt-${i}"][value="voldoende"]`).check()
  await page.getByRole('textbox', { name: /^Datum/ }).fill('20-11-2026')
  await page.getByRole('combobox', { name: /^Uitkomst/ }).selectOption({ label: 'Positief: bewuste keuze voor pgb' })
  await page.getByRole('textbox', { name: /^Aanwezig/ }).fill('Jeanet (moeder), klantadviseur')
  await expect(status).toContainText('Opgeslagen')
  await expect(page.locator('.plan-total')).toContainText('€ 541,17')
  await app.screenshot('budgetplan-editor')
  await app.expectAccessible()

  await page.getByRole('tab', { name: /Controles/ }).click()
  await expect(page.getByText('Alles is compleet: dit plan kan worden vastgesteld.')).toBeVisible()
  await expect(page.locator('.controle', { hasText: 'Budgetplan binnen het pgb-budget' }).locator('.status-pill')).toHaveText('Voldoet')
  await app.screenshot('budgetplan-controles')
  await app.expectAccessible()

  await page.getByRole('button', { name: 'Vaststellen…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Vaststellen', exact: true }).click()
  await expect(page.locator('.plan-meta .status-pill')).toHaveText('Vastgesteld')
  expect(app.query<{ status: string }>('SELECT status FROM plan_versie')).toEqual([{ status: 'vastgesteld' }])

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PDF voor ondertekening' }).click()
  const file = await download
  const path = test.info().outputPath('budgetplan.pdf')
  await file.saveAs(path)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const expected of [
    'Pgb-budgetplan',
    'M. Testkind',
    'Fien (fictief)',
    'Maandag tot en met vrijdag, ochtend',
    '5 uren per week à € 24,44',
    '€ 541,17',
    'Pien Pgb-adviseur',
    'Handtekening',
  ])
    expect(text).toContain(expected)
  expect(text).not.toContain('CONCEPT')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-singlefile', path, test.info().outputPath('budgetplan')])
  await test.info().attach('budgetplan-pagina-1', { path: test.info().outputPath('budgetplan.png'), contentType: 'image/png' })

  // A change after vaststellen is a new version; the diff shows it per section.
  await page.getByRole('button', { name: 'Nieuwe versie maken' }).click()
  await expect(page.locator('.plan-meta')).toContainText('Versie 2')
  await page.getByRole('textbox', { name: /^Toelichting \(/ }).fill('Fien komt ook op woensdagmiddag.')
  await expect(status).toContainText('Opgeslagen')
  await page.getByRole('tab', { name: /Versies/ }).click()
  await expect(page.locator('.diff ins')).toContainText('woensdagmiddag')
  await app.screenshot('budgetplan-versies')
  await app.expectAccessible()
})
