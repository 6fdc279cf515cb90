import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { openBeheer } from '../pages/Beheer'
import type { Page } from '@playwright/test'
import { ZORGPROFIELEN } from '../../src/shared/domain/zorgprofielen'

type Invoke = (route: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>

// A bare iWlz profile number ("754", "zorgprofiel 810") as a word of its own: not part of a longer number
// (besluitnummer 2026000754), an amount (€ 1.754,00) or a date.
const CODES = ZORGPROFIELEN.map((z) => z.code).join('|')
const BARE = new RegExp(`(?<![\\d.,€-])\\b(${CODES})\\b(?![.,:]?\\d)`)

async function expectNoBareCodes(page: Page, screen: string) {
  await page.waitForLoadState('networkidle')
  const text = await page.locator('body').innerText()
  const hits = text
    .split('\n')
    .filter((line) => BARE.test(line))
    .slice(0, 5)
  expect(hits, `bare iWlz profile numbers on ${screen}`).toEqual([])
}

/**
 * Codes are for machines: with the demo caseload, no main screen shows a bare iWlz profile number
 * where a person reads it. The demo asks for a region and fills a fictitious briefpapier.
 */
test('codes: no main screen shows a bare iWlz profile number; the demo plays in the chosen region', async ({ app }) => {
  test.setTimeout(240_000)
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByRole('combobox', { name: 'In welke regio wilt u spelen?' }).selectOption({ label: 'Utrecht' })
  await app.screenshot('demo-regio')
  await app.expectAccessible()
  await new FirstRun(page).loadDemo()
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('banner')).toContainText('Utrecht')
  const bp = app.query<{ value: string }>("SELECT value FROM setting WHERE key = 'briefpapier'")
  expect(JSON.parse(bp[0]!.value)).toMatchObject({ organisatie: 'Zorgkantoor Utrecht (demo, fictief)' })
  await expectNoBareCodes(page, 'caseload')

  // A dossier with a budgetplan, through the app's own routes.
  const { clientId, planId, zorgplanId, naam } = await page.evaluate(async () => {
    const invoke = (window.api as unknown as { invoke: Invoke }).invoke
    const rows = (await invoke('caseload.query', { filter: { adviseur: 'mij', leveringsvormen: ['pgb'] }, limit: 1 })).value as {
      rows: Array<{ id: number; naam: string }>
    }
    const { id: clientId, naam } = rows.rows[0]!
    const plan = await invoke('plannen.create', { clientId, sjabloon: 'budgetplan_mantelzorger', titel: '' })
    const zorgplan = await invoke('plannen.create', { clientId, sjabloon: 'zorgplan_verblijf_vv', titel: '' })
    return { clientId, naam, planId: (plan.value as { planId: number }).planId, zorgplanId: (zorgplan.value as { planId: number }).planId }
  })
  await page.evaluate((id) => (window.location.hash = `#/dossier/${id}`), clientId)
  await expect(page.getByRole('tab', { name: 'Overzicht' })).toBeVisible()
  await expectNoBareCodes(page, 'dossier overzicht')
  await page.getByRole('tab', { name: 'Indicaties' }).click()
  await expect(page.getByText(/— /).first()).toBeVisible()
  await expectNoBareCodes(page, 'dossier indicaties')
  await page.evaluate((id) => (window.location.hash = `#/plan/${id}`), planId)
  await expect(page.getByText(/Versie 1/)).toBeVisible()
  await expectNoBareCodes(page, 'budgetplan')
  await app.screenshot('codes-budgetplan')
  // A template's guiding questions are placeholders and help, not content that prints as an agreement.
  await page.evaluate((id) => (window.location.hash = `#/plan/${id}`), zorgplanId)
  const doelen = page.getByRole('textbox', { name: 'a. Doelen' })
  await expect(doelen).toHaveValue('')
  await expect(doelen).toHaveAttribute('placeholder', /Wat wil de cliënt bereiken of behouden/)
  await expectNoBareCodes(page, 'zorgplan')
  await app.screenshot('codes-zorgplan')
  await app.expectAccessible()

  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await nav.getByRole('link', { name: 'Zorgplannen' }).click()
  await expectNoBareCodes(page, 'zorgplannen')
  await nav.getByRole('link', { name: 'Aanbieders' }).click()
  await page.getByRole('tab', { name: 'Register en import' }).click()
  await expect(page.getByRole('columnheader', { name: 'Zorgprofielen' })).toBeVisible()
  await expectNoBareCodes(page, 'aanbiedersregister')
  await app.screenshot('codes-register')
  await page.getByRole('tab', { name: 'Vergelijken' }).click()
  await page.getByRole('searchbox').fill(naam.split(',')[0]!)
  await expect(page.getByRole('list', { name: 'Gevonden cliënten' })).toBeVisible()
  await expectNoBareCodes(page, 'cliënt kiezen')
  await app.screenshot('codes-clientkiezer')
  await page.getByRole('list', { name: 'Gevonden cliënten' }).getByRole('button').first().click()
  await expectNoBareCodes(page, 'vergelijken')
  await page.getByRole('tab', { name: 'Wachtlijst' }).click()
  await expectNoBareCodes(page, 'wachtlijst')
  await nav.getByRole('link', { name: 'Brieven' }).click()
  await expectNoBareCodes(page, 'brieven')
  await openBeheer(page, 'Bedragen en tarieven')
  await expectNoBareCodes(page, 'beheer')

  // Enter data once: Beheer → Uw profiel changes what the banner (and letters) say.
  await openBeheer(page, 'Profiel en database')
  const profiel = page.getByRole('region', { name: 'Uw profiel' })
  await expect(profiel.getByRole('combobox', { name: 'Zorgkantoorregio' })).toHaveValue('ZK23')
  await profiel.getByLabel('Functie').fill('Senior klantadviseur')
  await profiel.getByRole('button', { name: 'Profiel opslaan' }).click()
  await expect(page.getByRole('banner')).toContainText('Senior klantadviseur')
  await profiel.screenshot({ path: test.info().outputPath('beheer-profiel.png') })
  // Every problem of a form at once, next to its field.
  await openBeheer(page, 'Bedragen en tarieven')
  const bedragen = page.getByRole('region', { name: 'Bedragen en tarieven' })
  await bedragen.getByRole('button', { name: 'Bedrag toevoegen' }).click()
  await expect(bedragen.locator('.field-error')).toHaveCount(2)
  await expect(bedragen.getByText('Verbeter de 2 gemarkeerde velden.')).toBeVisible()
  await bedragen.screenshot({ path: test.info().outputPath('beheer-bedragen-fouten.png') })
  await app.screenshot('codes-beheer')
  await app.expectAccessible()
})
