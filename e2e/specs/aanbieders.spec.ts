import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { csv, LOCATIES } from '../../test/helpers/aanbieders'

type Invoke = (
  route: string,
  input: unknown,
) => Promise<{ ok: boolean; value?: { id: number; version: number; client?: { version: number } } }>

/**
 * The Adriaanse story (fictitious): Mrs. A. needs a nursing home nearby so her husband can visit
 * often. Import a provider file, compare three locations, print the keuzehulp, put her on a wachtlijst.
 */
test('aanbieders: import a provider file, compare three locations for a client, print the keuzehulp, register on the wachtlijst', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const { page } = app
  // The pgb-afdeling's 13-inch laptop.
  await page.setViewportSize({ width: 1366, height: 768 })
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Kees Klantadviseur', regio: 'Amsterdam' })
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible()
  // The client through the real routes: VV5, living in 1011 (Amsterdam).
  await page.evaluate(async () => {
    const invoke = (window.api as unknown as { invoke: Invoke }).invoke
    const c = await invoke('clients.create', {
      voornamen: 'Annie',
      voorvoegsel: '',
      achternaam: 'Adriaantest',
      geboortedatum: '1938-04-12',
      bsn: '999996708',
    })
    const id = c.value!.id
    await invoke('indicaties.create', {
      clientId: id,
      besluitnummer: '2026000754',
      afgiftedatum: '2026-10-01',
      ingangsdatum: '2026-10-01',
      einddatum: null,
      zorgprofiel: '754',
      grondslagen: ['02'],
      meerzorg: false,
    })
    const d = (await invoke('dossier.get', { clientId: id })).value as unknown as {
      client: { version: number; persoon: Record<string, string> }
    }
    const p = d.client.persoon
    // Waiting for a nursing home, she gets vpt at home as overbruggingszorg: she asks for verblijf, not vpt.
    await invoke('leveringsvormen.create', {
      clientId: id,
      soort: 'vpt',
      startdatum: '2026-11-02',
      einddatum: null,
      aanbieder: 'Thuiszorg Test (fictief)',
      metBehandeling: false,
      etmalen: null,
      overbrugging: true,
    })
    await invoke('clients.update', {
      id,
      version: d.client.version,
      persoon: {
        voornamen: p.voornamen,
        voorvoegsel: '',
        achternaam: p.achternaam,
        geboortedatum: p.geboortedatum,
        geslacht: 'vrouw',
        straat: 'Testgracht',
        huisnummer: '3',
        huisnummerToevoeging: '',
        postcode: '1011 AB',
        woonplaats: 'Amsterdam',
      },
    })
  })

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbieders' }).click()
  await page.getByRole('tab', { name: 'Register en import' }).click()
  await expect(page.getByText('Nog geen zorgaanbieders.')).toBeVisible()
  // A file with one bad row first: nothing is imported, the report names row, column and value.
  const bad = test.info().outputPath('aanbieders-fout.csv')
  writeFileSync(bad, csv([...LOCATIES, LOCATIES[0]!.map((c, i) => (i === 1 ? '123' : c))]))
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(bad)
  await page.getByRole('button', { name: /regels importeren/ }).click()
  await expect(page.getByText('Er is niets geïmporteerd')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Een KvK-nummer heeft precies 8 cijfers.' })).toBeVisible()
  await app.screenshot('aanbieders-importverslag')
  await app.expectAccessible()
  expect(app.query('SELECT id FROM locatie')).toEqual([])

  const good = test.info().outputPath('aanbieders.csv')
  writeFileSync(good, `\ufeff${csv(LOCATIES)}`)
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(good)
  await expect(page.getByText('4 regels gelezen')).toBeVisible()
  await page.getByRole('button', { name: '4 regels importeren' }).click()
  await expect(page.getByRole('cell', { name: 'Het Baken (fictief)' })).toBeVisible()
  await app.screenshot('aanbieders-register')
  await app.expectAccessible()
  // A quick change without a file: Zonnehof's wachttijd for VV5 goes from 0 to 5 weeks.
  await page.getByRole('button', { name: 'Zonnehof (fictief)' }).click()
  const dialog = page.getByRole('dialog', { name: 'Zonnehof (fictief)' })
  await dialog.getByRole('textbox', { name: /5VV — Beschermd wonen met intensieve dementiezorg/ }).fill('5')
  await dialog.getByRole('button', { name: 'Locatie opslaan' }).click()
  await expect(dialog.getByText(/: wachttijden/)).toBeVisible()
  await app.screenshot('aanbieders-locatie')
  await app.expectAccessible()
  await dialog.getByRole('button', { name: 'Sluiten' }).click()

  await page.getByRole('tab', { name: 'Vergelijken' }).click()
  await page.getByRole('searchbox').fill('Adriaantest')
  await page.getByRole('button', { name: /Adriaantest, A\./ }).click()
  await page.getByRole('checkbox', { name: 'Partner wil mee verhuizen' }).check()
  await expect(page.getByText('Gezocht: verblijf in een instelling, volgens de Wlz-indicatie.')).toBeVisible()
  // Her husband must be able to visit: distance counts most.
  await page.getByRole('combobox', { name: 'Afstand', exact: true }).selectOption('5')
  await page.getByRole('button', { name: 'Bewaar als mijn weging' }).click()
  const shortlist = page.locator('table.shortlist')
  for (const kolom of [
    'Past bij zorgprofiel en vorm van zorg (×5)',
    'Contract met het zorgkantoor (×3)',
    'Speciale zorg en levensbeschouwing (×2)',
    'Plaatsen voor een partner (×2)',
    'Afstand (×5)',
    'Wachttijd (×2)',
    'Score (van 100)',
  ])
    await expect(shortlist.getByRole('columnheader', { name: kolom, exact: true })).toBeVisible()
  await expect(shortlist.getByRole('row', { name: /De Linde/ })).toContainText('Profiel ja, vorm ja')
  await expect(shortlist.getByRole('row', { name: /De Linde/ })).toContainText('telt niet')
  await app.screenshot('aanbieders-shortlist')
  for (const naam of ['De Linde (fictief)', 'Het Baken (fictief)', 'Zonnehof (fictief)'])
    await page.getByRole('checkbox', { name: `Vergelijk ${naam}` }).check()
  const tabel = page.locator('table.vergelijk')
  await expect(tabel.getByRole('row', { name: /Afstand vanaf uw postcode/ })).toContainText('34,6 km')
  await expect(tabel.getByRole('row', { name: /Wachttijd/ }).locator('td.beste')).toContainText('2 weken')
  await app.screenshot('aanbieders-vergelijken')
  await app.expectAccessible()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Keuzehulp afdrukken (PDF)' }).click()
  const path = test.info().outputPath('keuzehulp.pdf')
  await (await download).saveAs(path)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const expected of [
    'Keuzehulp',
    'A. Adriaantest',
    'De Linde (fictief)',
    'Het Baken (fictief)',
    'Zonnehof (fictief)',
    '34,6 km',
    '(beste)',
    'Kees Klantadviseur',
    'Gevraagde vorm van zorg: verblijf in een instelling (volgens uw Wlz-indicatie).',
    // pdftotext -layout wraps the row label around the values: every nursing home delivers verblijf.
    'Levert de gevraagde Ja Ja Ja vorm van zorg (verblijf in een instelling)',
    'Afstand 5, Wachttijd 2.',
  ])
    expect(text).toContain(expected)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, test.info().outputPath('keuzehulp')])
  await test.info().attach('keuzehulp-pagina-1', { path: test.info().outputPath('keuzehulp.png'), contentType: 'image/png' })

  // Register at De Linde, urgent: the caseload shows the signal.
  await page.getByRole('combobox', { name: 'Wachtstatus' }).selectOption({ label: 'Urgent plaatsen' })
  await page.getByRole('checkbox', { name: 'Voorkeursaanbieder' }).check()
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(tabel.getByRole('row', { name: /Uw plaats op de wachtlijst/ })).toContainText('Urgent plaatsen')
  // A second voorkeursaanbieder is asked for, not slipped in.
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Het Baken (fictief)' })
  await page.getByRole('checkbox', { name: 'Voorkeursaanbieder' }).check()
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  const tweede = page.getByRole('dialog', { name: 'Tweede voorkeursaanbieder?' })
  await expect(tweede).toContainText('De Linde (fictief) is al de voorkeursaanbieder')
  await app.screenshot('aanbieders-tweede-voorkeur')
  await app.expectAccessible()
  await tweede.getByRole('button', { name: 'Ja, ook voorkeursaanbieder' }).click()
  await expect(tweede).toBeHidden()
  await page.getByRole('tab', { name: 'Wachtlijst' }).click()
  const rijen = page.getByRole('row', { name: /A. Adriaantest/ })
  await expect(rijen).toHaveCount(2)
  for (const rij of await rijen.all()) await expect(rij).toContainText(/Urgent plaatsen.*Voorkeursaanbieder/)
  await expect(page.getByText(/Actief plaatsen wordt een signaal als de cliënt 13 weken of langer wacht/)).toBeVisible()
  await app.screenshot('aanbieders-wachtlijst')
  await app.expectAccessible()
  expect(app.query<{ urgent_wachtend: number }>('SELECT urgent_wachtend FROM client')).toEqual([{ urgent_wachtend: 1 }])
})
