import type { Locator } from '@playwright/test'
import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'
import { openBeheer } from '../pages/Beheer'

/**
 * Issue 16: every form shows all its validation errors at once, each under its field (aria-invalid,
 * aria-describedby), with the focus on the first. Each form is submitted empty or wrong once; with
 * the old one-message-per-submit behaviour the later fields would have no message yet.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The invalid fields of `scope` as label → message, in page order (for the assertion's diff). */
const invalidFields = (scope: Locator) =>
  scope.locator('[aria-invalid="true"]').evaluateAll((els) =>
    els.map((el) => {
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '?'
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ')
      const error = ids.map((id) => document.getElementById(id)).find((e) => e?.classList.contains('field-error'))
      return [label.replace(/\s*\*$|\s*\(niet verplicht\)$/, '').trim(), error?.textContent ?? ''] as const
    }),
  )

async function expectAllAtOnce(scope: Locator, expected: ReadonlyArray<readonly [string, string]>) {
  expect(await invalidFields(scope)).toEqual(expected)
  for (const [, message] of expected) await expect(scope.locator('.field-error', { hasText: message }).first()).toBeVisible()
  const first = scope.locator('[aria-invalid="true"]').first()
  await expect(first).toBeFocused()
  await expect(first).toHaveAccessibleDescription(new RegExp(escape(expected[0]![1])))
}

test('forms: every validation error of a form at once, next to its field', async ({ app }) => {
  test.setTimeout(240_000)
  const { page } = app
  // The pgb-afdeling's laptops: the smallest screen the forms must fit on.
  await page.setViewportSize({ width: 1366, height: 768 })
  const look = async (name: string) => {
    await app.screenshot(`formulier-${name}`)
    await app.expectAccessible()
  }
  const firstRun = new FirstRun(page)
  await firstRun.importReference()

  // Profile on the first-run screen.
  await page.getByRole('button', { name: 'Profiel opslaan en beginnen' }).click()
  await expectAllAtOnce(page.locator('form').filter({ has: page.getByRole('button', { name: 'Profiel opslaan en beginnen' }) }), [
    ['Naam', 'Vul dit veld in.'],
    ['Zorgkantoorregio', 'Kies een zorgkantoorregio uit de lijst.'],
    ['Pincode of wachtwoord voor het slot', 'Kies een pincode of wachtwoord van minstens 6 tekens.'],
  ])
  await look('profiel')
  await firstRun.createProfile({ naam: 'Sanne Testadviseur', regio: 'Amsterdam' })

  // A new client.
  const caseload = new Caseload(page)
  let dialog = await caseload.openNewClient()
  await dialog.getByLabel('BSN').fill('123456789')
  await dialog.getByRole('button', { name: 'Cliënt opslaan' }).click()
  await expectAllAtOnce(dialog, [
    ['Voornamen', 'Vul dit veld in.'],
    ['Achternaam', 'Vul dit veld in.'],
    ['Geboortedatum', 'Vul een bestaande datum in als dd-mm-jjjj.'],
    ['BSN', 'Dit BSN klopt niet (elfproef). Controleer de negen cijfers.'],
  ])
  await look('client')
  dialog = await caseload.fillClient({ voornamen: 'Adriana', achternaam: 'Testmans', geboortedatum: '03-03-1941', bsn: '999996708' })
  await expect(page.getByRole('heading', { level: 1, name: 'A. Testmans' })).toBeVisible()
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' })

  const dossierForms: Array<[RegExp, string, string, string, Array<[string, string]>]> = [
    [/Vertegenwoordigers/, 'Nieuwe vertegenwoordiger', 'Opslaan', 'vertegenwoordiger', [['Naam', 'Vul dit veld in.']]],
    [
      /Indicaties/,
      'Nieuwe indicatie',
      'Indicatie opslaan',
      'indicatie',
      [
        ['Besluitnummer CIZ', 'Een besluitnummer van het CIZ bestaat uit cijfers.'],
        ['Afgiftedatum', 'Vul een bestaande datum in als dd-mm-jjjj.'],
        ['Ingangsdatum', 'Vul een bestaande datum in als dd-mm-jjjj.'],
        ['Zorgprofiel', 'Kies een zorgprofiel uit de lijst.'],
      ],
    ],
  ]
  for (const [tab, open, submit, name, expected] of dossierForms) {
    await tabs.getByRole('tab', { name: tab }).click()
    await page.getByRole('button', { name: open }).click()
    dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: submit, exact: true }).click()
    await expectAllAtOnce(dialog, expected)
    await look(name)
    await dialog.getByRole('button', { name: 'Annuleren' }).click()
  }
  await tabs.getByRole('tab', { name: /Contactmomenten/ }).click()
  const contact = page.locator('form').filter({ has: page.getByRole('button', { name: 'Opslaan (Ctrl+Enter)' }) })
  await contact.getByLabel(/^Datum/).fill('')
  await contact.getByLabel('Vervolg uiterlijk').fill('31-02-2026')
  await contact.getByRole('button', { name: 'Opslaan (Ctrl+Enter)' }).click()
  await expectAllAtOnce(contact, [
    ['Datum', 'Vul een bestaande datum in als dd-mm-jjjj.'],
    ['Vervolg uiterlijk', 'Vul een bestaande datum in als dd-mm-jjjj.'],
  ])
  await look('contactmoment')

  // Beheer: a gelijkgestelde dag and a decree, empty.
  await openBeheer(page, 'Gelijkgestelde dagen')
  const dagen = page.getByRole('region', { name: 'Gelijkgestelde dagen', exact: true })
  await dagen.getByRole('button', { name: 'Dag toevoegen' }).click()
  await expectAllAtOnce(dagen.locator('form').filter({ has: page.getByRole('button', { name: 'Dag toevoegen' }) }), [
    ['Datum', 'Vul een bestaande datum in als dd-mm-jjjj.'],
    ['Besluit', 'Vul dit veld in.'],
    ['Bron', 'Vul dit veld in.'],
  ])
  await dagen.getByRole('button', { name: /Besluit importeren/ }).click()
  await expectAllAtOnce(dagen.locator('form').filter({ has: page.getByRole('button', { name: /Besluit importeren/ }) }), [
    ['Titel van het besluit', 'Vul dit veld in.'],
    ['Bron van het besluit', 'Vul dit veld in.'],
    ['Dagen van het besluit', 'Vul minstens één datum in, één per regel.'],
  ])
  await look('gelijkgestelde-dagen')

  // The lock's PIN: the current one missing, the new one too short and not repeated.
  await openBeheer(page, 'Vergrendelen')
  const slot = page.getByRole('region', { name: 'Vergrendelen' })
  await slot.getByLabel('Nieuwe pincode of wachtwoord').fill('123')
  await slot.getByRole('button', { name: 'Pincode wijzigen' }).click()
  await expectAllAtOnce(slot.getByRole('form', { name: 'Pincode' }), [
    ['Huidige pincode', 'Vul de huidige pincode in.'],
    ['Nieuwe pincode of wachtwoord', 'Kies een pincode of wachtwoord van minstens 6 tekens.'],
    ['Herhaal de nieuwe pincode', 'De twee pincodes zijn niet gelijk.'],
  ])
  await look('pincode')

  // Teamserver: an address that is not one.
  await openBeheer(page, 'Teamserver')
  await page.getByText('Verbinden met een teamserver').click()
  await page.getByLabel('Adres van de teamserver').fill('werkplek-server')
  await page.getByRole('button', { name: 'Vingerafdruk ophalen' }).click()
  await expectAllAtOnce(page.locator('main'), [
    ['Adres van de teamserver', 'Vul het adres van de teamserver in, bijvoorbeeld https://werkplek-server.zorgkantoor.local:8443.'],
  ])
  await look('teamserver')
})
