import { resolve } from 'node:path'
import type { Locator } from '@playwright/test'
import { test, expect } from '../fixtures'
import { openBeheer } from '../pages/Beheer'
import { FirstRun } from '../pages/FirstRun'

type Api = { invoke: (route: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> }

/** A section on its own, next to the full-page screenshots, so its details can be read. */
const shot = (section: Locator, name: string) => section.screenshot({ path: resolve('test-results/screenshots', `chromium-${name}.png`) })

/**
 * Beheer for issue 12 (fictitious data): the decree table of the Algemene termijnenwet with its
 * "besluit ontbreekt" signal, the amounts per year and the tariff import from CSV. Bad input first:
 * a decree with a weekend date and a day already in the table, a CSV with a comma decimal, a date
 * without a year and a negative amount. Each is named in Dutch and nothing is stored.
 */
test('Beheer: gelijkgestelde dagen with a missing decree, amounts per year, tariff CSV import', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Bea Beheer', afdeling: 'Pgb-afdeling', regio: 'Amsterdam' })
  // A budgetplan for 2029 brings that year into use; no decree covers it yet.
  await page.evaluate(async () => {
    const api = window.api as unknown as Api
    const ok = async (route: string, input: unknown) => {
      const r = await api.invoke(route, input)
      if (!r.ok) throw new Error(`${route}: ${r.error?.message}`)
      return r.value as Record<string, unknown>
    }
    const c = await ok('clients.create', {
      voornamen: 'Jet',
      achternaam: 'Toekomst (fictief)',
      geboortedatum: '1950-03-04',
      bsn: '999996708',
    })
    const { planId } = await ok('plannen.create', { clientId: c.id, sjabloon: 'budgetplan_mantelzorger', titel: 'Budgetplan 2029' })
    const plan = (await ok('plannen.get', { planId })) as { huidig: { id: number; plan: { inhoud: Record<string, unknown> } } }
    const inhoud = { ...plan.huidig.plan.inhoud, periodeVan: '2029-01-01', periodeTot: '2029-12-31' }
    await ok('plannen.autosave', { versieId: plan.huidig.id, revisie: 1, plan: { soort: 'budgetplan', inhoud } })
  })
  await openBeheer(page, 'Gelijkgestelde dagen')

  const dagen = page.getByRole('region', { name: 'Gelijkgestelde dagen', exact: true })
  await expect(dagen.getByRole('status')).toContainText('Besluit ontbreekt. Voor 2029 staat nog geen besluit gelijkstelling')
  await expect(dagen.getByRole('row', { name: /vrijdag 7 mei 2027/ })).toContainText('Nee')
  await shot(dagen, 'beheer-gelijkgestelde-dagen')

  // A decree with a weekend date and a day the table already holds: every line named, nothing stored.
  const stored = () => app.query<{ n: number }>('SELECT count(*) AS n FROM gelijkgestelde_dag')[0]!.n
  const voor = stored()
  await dagen.getByLabel('Titel van het besluit').fill('Besluit gelijkstelling van 11 mei 2029 (fictief)')
  await dagen.getByLabel('Bron van het besluit').fill('Stb. 2028, nr. 0 (fictief)')
  await dagen.getByLabel('Dagen van het besluit').fill('11-05-2029\n12-05-2029\n07-05-2027')
  await dagen.getByRole('button', { name: /Besluit importeren/ }).click()
  const fout = dagen.getByRole('alert')
  await expect(fout).toContainText('Regel 2: zaterdag 12 mei 2029 valt in het weekend.')
  await expect(fout).toContainText('Regel 3: 7 mei 2027 staat al in de tabel')
  expect(stored()).toBe(voor)
  await shot(dagen, 'beheer-besluit-fouten')
  await app.expectAccessible()

  await dagen.getByLabel('Dagen van het besluit').fill('11-05-2029')
  await dagen.getByRole('button', { name: 'Besluit importeren (1 dag)' }).click()
  await expect(dagen.getByRole('row', { name: /vrijdag 11 mei 2029/ })).toContainText('Nee')
  await expect(dagen.getByText('Besluit ontbreekt.')).toHaveCount(0)
  expect(stored()).toBe(voor + 1)

  // One day by hand: a weekend date is refused on the field; a correction is a change of the row.
  await dagen.getByLabel('Datum').first().fill('13-05-2029')
  await dagen.getByLabel('Besluit', { exact: false }).first().fill('Besluit gelijkstelling van 11 mei 2029 (fictief)')
  await dagen.getByLabel('Bron', { exact: false }).first().fill('Stb. (fictief)')
  await dagen.getByRole('button', { name: 'Dag toevoegen' }).click()
  await expect(dagen.getByText('Zondag 13 mei 2029 valt in het weekend.', { exact: false })).toBeVisible()
  expect(stored()).toBe(voor + 1)
  await dagen.getByRole('button', { name: 'Wijzigen: vrijdag 11 mei 2029' }).click()
  const wijzig = page.getByRole('dialog', { name: 'Gelijkgestelde dag wijzigen' })
  await wijzig.getByRole('checkbox', { name: /Geverifieerd/ }).check()
  await shot(wijzig, 'beheer-gelijkgestelde-dag-wijzigen')
  await app.expectAccessible()
  await wijzig.getByRole('button', { name: 'Opslaan' }).click()
  await expect(wijzig).toBeHidden()
  await expect(dagen.getByRole('row', { name: /vrijdag 11 mei 2029/ })).toContainText('Ja')
  await dagen.getByRole('row', { name: /vrijdag 11 mei 2029/ }).scrollIntoViewIfNeeded()
  await shot(dagen, 'beheer-gelijkgestelde-dagen-na-import')

  // Amounts per year: 2029 has no maximum tariffs of its own.
  await openBeheer(page, 'Bedragen per jaar')
  const perJaar = page.getByRole('region', { name: 'Bedragen per jaar', exact: true })
  await expect(perJaar.getByRole('row', { name: /2029 Maximumtarief informele zorg/ })).toBeVisible()
  await shot(perJaar, 'beheer-bedragen-per-jaar')

  // A tariff CSV with a comma decimal, a date without a year and a negative amount: all named, none stored.
  const bedragen = () => app.query<{ n: number }>('SELECT count(*) AS n FROM referentiebedrag')[0]!.n
  const aantal = bedragen()
  await openBeheer(page, 'Tarieven importeren')
  const tarieven = page.getByRole('region', { name: 'Tarieven importeren', exact: true })
  const kop = 'soort;zorgprofiel;geldig_vanaf;bedrag;geverifieerd;bron'
  await tarieven.getByRole('button', { name: 'CSV-bestand', exact: true }).setInputFiles({
    name: 'tarieven-2029.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${kop}\nformeel;;01-01;88,03;ja;x\ninformeel;;01-01-2029;-27,95;ja;x\ndagdeel;;01-01-2029;81.12;ja;x\n`),
  })
  await tarieven.getByRole('button', { name: 'Tarieven importeren' }).click()
  await expect(tarieven.getByRole('alert')).toContainText('Het bestand is niet ingelezen; er is niets opgeslagen. 3 fouten')
  const fouten = tarieven.getByRole('table', { name: 'Fouten in het bestand' })
  await expect(fouten.getByRole('row')).toHaveCount(4)
  await expect(fouten).toContainText('De datum "01-01" heeft geen jaar')
  await expect(fouten).toContainText('Het bedrag -27,95 is negatief')
  await expect(fouten).toContainText('Schrijf de centen na een komma: 81,12')
  expect(bedragen()).toBe(aantal)
  await shot(tarieven, 'beheer-tarieven-fouten')
  await app.expectAccessible()

  await tarieven.getByRole('button', { name: 'CSV-bestand', exact: true }).setInputFiles({
    name: 'tarieven-2029.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `soort;bedrag;geverifieerd;bron\nformeel;88,03;ja;Stcrt. (fictief)\ninformeel;27,95;ja;Stcrt. (fictief)\ndagdeel;81,12;ja;Stcrt. (fictief)\n`,
    ),
  })
  await tarieven.getByLabel('Geldig vanaf').fill('01-01-2029')
  await tarieven.getByRole('button', { name: 'Tarieven importeren' }).click()
  await expect(page.getByRole('status').filter({ hasText: '3 bedragen ingelezen uit tarieven-2029.csv.' })).toBeVisible()
  expect(bedragen()).toBe(aantal + 3)
  await expect(perJaar.getByRole('row', { name: /2029 Maximumtarief informele zorg/ })).toHaveCount(0)
  await openBeheer(page, 'Bedragen en tarieven')
  await expect(page.getByRole('region', { name: 'Bedragen en tarieven', exact: true }).getByRole('cell', { name: '€ 27,95' })).toBeVisible()
  await openBeheer(page, 'Overschreven controles')
  await expect(page.getByRole('region', { name: 'Overschreven controles', exact: true })).toContainText(
    'Er zijn nog geen controles overschreven.',
  )
  await app.screenshot('beheer-rechtmatig-na-import')
  await app.expectAccessible()
})
