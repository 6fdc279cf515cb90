import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'

/**
 * The move to Groningen (a seed story): an Amsterdam client moves to another zorgkantoorregio. The
 * adviser records the new address once; the dossier shows the gemeente and region from the reference
 * data with the "Buiten regio" warning, the dossieroverdracht becomes a task with its working term, and
 * the caseload's signal filter finds the client.
 */
test('verhuizing: a move to Groningen flags the dossier and asks for a dossieroverdracht', async ({ app }) => {
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Sanne Testadviseur', regio: 'Amsterdam' })

  const caseload = new Caseload(page)
  const dossier = await caseload.createClient(
    { voornamen: 'Grietje', achternaam: 'Testverhuizer', geboortedatum: '14-02-1939', bsn: '999996708' },
    'G. Testverhuizer',
  )

  // Living in Amsterdam first: inside the adviser's region, no warning.
  await dossier.tab('Persoon')
  await dossier.saveAddress({ straat: 'Proefgracht', huisnummer: '12', postcode: '1011 AB', woonplaats: 'Amsterdam' })
  await dossier.tab(/Overzicht/)
  const woonadres = page.locator('dl.facts').filter({ hasText: 'Zorgkantoorregio' })
  await expect(woonadres).toContainText('Amsterdam')
  await expect(woonadres.getByText('Buiten regio')).toHaveCount(0)

  // The move: one address change.
  await dossier.tab('Persoon')
  await dossier.saveAddress({ straat: 'Testdiep', huisnummer: '3', postcode: '9712 CP', woonplaats: 'Groningen' })
  await dossier.tab(/Overzicht/)
  await expect(woonadres).toContainText('9712 CP')
  await expect(woonadres.locator('dd').nth(1)).toHaveText('Groningen')
  await expect(woonadres).toContainText('Buiten regio')

  // The handover is a task with its term (working agreement: four weeks after the address change).
  const overdracht = page.getByRole('listitem').filter({ hasText: 'Dossieroverdracht naar zorgkantoorregio Groningen' })
  await expect(overdracht).toContainText('uiterlijk 20-12-2026')
  await expect(overdracht).toContainText('Wlz art. 4.2.4 lid 2; iWlz ZK31')
  await app.screenshot('verhuizing-overzicht')
  await app.expectAccessible()

  // The caseload's signal filter finds the client, with the warning in its row.
  await caseload.open()
  await page.getByLabel('Signaal').selectOption({ label: 'Buiten regio' })
  await expect(caseload.rows()).toHaveCount(1)
  await expect(caseload.rows().first()).toContainText('Testverhuizer')
  await expect(caseload.rows().first()).toContainText('Buiten regio')
  await app.screenshot('verhuizing-caseload-buiten-regio')
  await app.expectAccessible()
})
