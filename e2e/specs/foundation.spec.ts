import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'

test('first run, a new client through the UI, and the client is still there after a restart', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welkom bij Wlz Werkplek' })).toBeVisible()
  await app.screenshot('first-run')
  await app.expectAccessible()

  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  // The import reports what it loaded, table by table with its row count.
  const geladen = page.getByRole('status').filter({ hasText: 'De postcode-, gemeente- en regiotabellen zijn geladen:' })
  await expect(geladen).toContainText("Zorgkantoorregio's: 31 rijen")
  await expect(geladen).toContainText('Gemeenten: 342 rijen')
  await expect(geladen).toContainText('Postcodes (PC4): 4.086 rijen')
  await app.screenshot('first-run-reference-loaded')

  // An empty profile gets Dutch messages, nothing is saved.
  await page.getByLabel('Naam').first().fill('')
  await page.getByRole('button', { name: 'Profiel opslaan en beginnen' }).click()
  await expect(page.getByText('Vul dit veld in.').first()).toBeVisible()
  await expect(page.getByText('Kies een zorgkantoorregio uit de lijst.')).toBeVisible()
  await app.screenshot('first-run-profile-errors')
  await app.expectAccessible()
  expect(app.query('SELECT * FROM adviseur')).toEqual([])

  await firstRun.createProfile({ naam: 'Fenna Testadviseur', regio: 'Amsterdam' })
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible()
  await expect(page.getByText('Uw caseload is nog leeg.')).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('Fenna Testadviseur')
  await app.screenshot('caseload-empty')
  await app.expectAccessible()

  const caseload = new Caseload(page)
  await caseload.openNewClient()
  let dialog = await caseload.fillClient({ voornamen: 'Grietje', achternaam: 'Testpersoon', geboortedatum: '12-04-1938', bsn: '999998620' })
  await expect(dialog.getByText('Dit BSN klopt niet (elfproef). Controleer de negen cijfers.')).toBeVisible()
  await app.screenshot('client-form-invalid-bsn')
  await app.expectAccessible()

  dialog = await caseload.fillClient({ voornamen: 'Grietje', achternaam: 'Testpersoon', geboortedatum: '01-01-2999', bsn: '999996708' })
  await expect(dialog.getByText('De geboortedatum ligt in de toekomst.')).toBeVisible()
  expect(app.query('SELECT * FROM client')).toEqual([])

  await caseload.fillClient({
    voornamen: 'Grietje Anna',
    voorvoegsel: 'van der',
    achternaam: 'Testpersoon',
    geboortedatum: '12-4-1938',
    bsn: '9999 96 708',
  })
  await expect(page.getByRole('status').filter({ hasText: 'Cliënt G.A. van der Testpersoon is toegevoegd.' })).toBeVisible()
  // A new client opens in its dossier; the caseload lists it.
  await expect(page.getByRole('heading', { level: 1, name: 'G.A. van der Testpersoon' })).toBeVisible()
  await caseload.open()
  await expect(caseload.rows()).toHaveCount(1)
  await expect(caseload.rows().first()).toContainText('Testpersoon, G.A. van der')
  await expect(caseload.rows().first()).toContainText('12-04-1938')
  await expect(caseload.rows().first()).toContainText('*****6708')
  await app.screenshot('caseload-one-client')

  // The row is in the real SQLite file, with the BSN normalised.
  expect(app.query('SELECT voornamen, voorvoegsel, achternaam, geboortedatum, bsn FROM client')).toEqual([
    { voornamen: 'Grietje Anna', voorvoegsel: 'van der', achternaam: 'Testpersoon', geboortedatum: '1938-04-12', bsn: '999996708' },
  ])

  await app.restart()
  // A workstation with a PIN starts locked: a restart is no way around the lock.
  await new FirstRun(app.page).unlock()
  await expect(app.page.getByRole('heading', { name: 'Caseload' })).toBeVisible()
  await expect(new Caseload(app.page).rows().first()).toContainText('Testpersoon, G.A. van der')
  await expect(app.page.getByRole('status').filter({ hasText: '1 cliënt' })).toBeVisible()
})

test('every screen of the shell is Dutch, reachable by keyboard and accessible', async ({ app }) => {
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Joost Testadviseur', afdeling: 'Pgb-afdeling', regio: 'Utrecht' })
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible()

  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
  for (const [label, heading] of [
    ['Zorgplannen', 'Zorgplannen'],
    ['Aanbieders', 'Aanbieders'],
    ['Brieven', 'Brieven'],
    ['Beheer', 'Beheer'],
    ['Caseload', 'Caseload'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page')
    await app.screenshot(`screen-${label.toLowerCase()}`)
    await app.expectAccessible()
  }

  await nav.getByRole('link', { name: 'Beheer' }).click()
  await expect(page.getByRole('definition').filter({ hasText: 'Pgb-afdeling' })).toBeVisible()
  // A menu choice moves focus to the new page.
  await expect(page.locator('#main')).toBeFocused()
  await page.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: 'Referentiegegevens' }).click()
  await expect(page).toHaveURL(/#\/beheer\/referentie$/)
  await expect(page.getByRole('table', { name: 'Geladen referentietabellen' })).toContainText('4.086')

  // Keyboard: after a fresh load the skip link is the first stop and moves focus to the content.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Beheer' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Geladen referentietabellen' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()
})
