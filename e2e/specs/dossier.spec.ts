import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'

test('dossier: create → indicatie → leveringsvorm → contactmoment → task appears → task done', async ({ app }) => {
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Sanne Testadviseur', regio: 'Amsterdam' })

  const caseload = new Caseload(page)
  const dossier = await caseload.createClient(
    { voornamen: 'Adriana', achternaam: 'Testmans', geboortedatum: '03-03-1941', bsn: '999996708' },
    'A. Testmans',
  )

  // Indicatie: a bad end date first, then the real one.
  await dossier.tab('Indicaties')
  await page.getByRole('button', { name: 'Nieuwe indicatie' }).click()
  let dialog = page.getByRole('dialog')
  await dialog.getByLabel('Besluitnummer CIZ').fill('2026123456')
  await dialog.getByLabel('Afgiftedatum').fill('01-10-2026')
  await dialog.getByLabel('Ingangsdatum').fill('15-10-2026')
  await dialog.getByLabel('Einddatum').fill('01-10-2026')
  await dialog.getByLabel('Zorgprofiel').selectOption({ label: '5VV — Beschermd wonen met intensieve dementiezorg' })
  await dialog.getByRole('checkbox', { name: 'Psychogeriatrische ziekte/aandoening' }).check()
  await dialog.getByRole('button', { name: 'Indicatie opslaan' }).click()
  await expect(dialog.getByText('De einddatum ligt vóór de ingangsdatum.')).toBeVisible()
  await app.screenshot('dossier-indicatie-error')
  await app.expectAccessible()
  await dialog.getByLabel('Einddatum').fill('')
  await dialog.getByRole('button', { name: 'Indicatie opslaan' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Besluit 2026123456')).toBeVisible()

  // Leveringsvorm vpt starting 2 November: the zorgplan task follows (Wlz 8.1.3).
  await dossier.tab('Leveringsvormen')
  await page.getByRole('button', { name: 'Nieuwe leveringsvorm' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Leveringsvorm').selectOption({ label: 'Vpt' })
  await dialog.getByLabel('Startdatum').fill('02-11-2026')
  await dialog.getByLabel('Zorgaanbieder').fill('Zorggroep Test (fictief)')
  await dialog.getByRole('button', { name: 'Leveringsvorm opslaan' }).click()
  await expect(dialog).toBeHidden()

  // Contactmoment, saved with Ctrl+Enter, with a follow-up that becomes a task.
  await dossier.tab(/Contactmomenten/)
  await page.getByLabel('Verslag').fill('Huisbezoek: wensen voor zorg thuis besproken.')
  await page.getByLabel('Vervolgactie').fill('Zorgplan opvragen bij de aanbieder')
  await page.getByLabel('Vervolg uiterlijk').fill('30-11-2026')
  await page.getByLabel('Verslag').press('Control+Enter')
  await expect(page.getByText('Huisbezoek: wensen voor zorg thuis besproken.')).toBeVisible()
  await app.screenshot('dossier-contactmomenten')
  await app.expectAccessible()

  await dossier.tab(/Overzicht/)
  const zorgplanTask = page.getByRole('listitem').filter({ hasText: 'Zorgplan vastgelegd door de zorgaanbieder' })
  await expect(zorgplanTask).toContainText('uiterlijk 14-12-2026 · Wlz art. 8.1.3 lid 1')
  await expect(page.getByRole('listitem').filter({ hasText: 'Zorgplan opvragen bij de aanbieder' })).toBeVisible()
  await app.screenshot('dossier-overzicht')
  await app.expectAccessible()

  await zorgplanTask.getByRole('button', { name: /^Gedaan/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'is afgerond' })).toBeVisible()
  await expect(zorgplanTask).toHaveCount(0)
  expect(app.query(`SELECT status FROM taak WHERE regel = 'zorgplan'`)).toEqual([{ status: 'gedaan' }])

  // Every tab of the dossier is accessible.
  for (const name of ['Persoon', 'Vertegenwoordigers', 'Indicaties', 'Leveringsvormen', 'Aanvragen en bezwaren', 'Logboek']) {
    await dossier.tab(name)
    await app.expectAccessible()
  }
  await expect(page.getByRole('table', { name: 'Logboek' })).toContainText('Dossier ingezien')
  await app.screenshot('dossier-logboek')
})

test('caseload: keyboard, search, signals, BSN reveal and bulk reassignment', async ({ app }) => {
  const { page } = app
  await new FirstRun(page).loadDemo()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  const caseload = new Caseload(page)
  await expect(caseload.rows().first()).toBeVisible()
  await app.screenshot('caseload-demo')
  await app.expectAccessible()
  // "+2" after a deadline says in words that more open tasks follow (tooltip and screen reader).
  const meer = caseload.grid().locator('.meer-taken').first()
  await expect(meer).toHaveAttribute('title', /^en nog \d+ open ta(ak|ken)$/)
  await expect(meer.locator('.visually-hidden')).toHaveText(/^en nog \d+ open ta(ak|ken)$/)

  // Keyboard: "/" to search, then into the grid and open the first row with Enter.
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Zoek cliënt' })).toBeFocused()
  await page.keyboard.type('vries')
  await expect(page.getByRole('status').filter({ hasText: /^\d+ cliënt/ })).not.toHaveText('120 cliënten')
  const first = await caseload.rows().first().textContent()
  expect(first).toMatch(/Vries/)
  await caseload.grid().focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /Vries/ })).toBeVisible()

  // The BSN is masked until an explicit, audited reveal.
  await expect(page.getByText(/\*{5}\d{4}/)).toBeVisible()
  await page.getByRole('button', { name: 'Toon BSN' }).click()
  await expect(page.getByText(/^9999\d{5}$/)).toBeVisible()
  expect(app.query(`SELECT count(*) AS n FROM audit_log WHERE event = 'bsn.reveal'`)).toEqual([{ n: 1 }])
  await app.screenshot('dossier-demo')

  // Signals filter, then select two rows and hand them to the colleague.
  await caseload.open()
  await page.getByRole('searchbox', { name: 'Zoek cliënt' }).fill('')
  await page.getByLabel('Signaal').selectOption({ label: 'Buiten regio' })
  await expect(caseload.rows().first()).toContainText('Buiten regio')
  await page.getByLabel('Signaal').selectOption({ label: 'Alle' })
  await caseload.rows().nth(0).getByRole('checkbox').check()
  await caseload.rows().nth(1).getByRole('checkbox').check()
  await expect(page.getByText('2 geselecteerd')).toBeVisible()
  await page.getByLabel('Overdragen aan').selectOption({ label: 'Demo-collega Pgb' })
  await page.getByLabel('Reden').fill('Vakantie van de adviseur')
  await page.getByRole('button', { name: 'Overdragen…' }).click()
  await app.screenshot('caseload-bulk-confirm')
  await app.expectAccessible()
  await page.getByRole('dialog').getByRole('button', { name: '2 dossiers overdragen' }).click()
  await expect(page.getByText('120 cliënten')).toHaveCount(0)
  await expect(page.getByText('118 cliënten')).toBeVisible()
  expect(app.query(`SELECT count(*) AS n FROM toewijzing WHERE reden = 'Vakantie van de adviseur'`)).toEqual([{ n: 2 }])
})
