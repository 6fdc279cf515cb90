import { test, expect } from '../fixtures'
import { openBeheer } from '../pages/Beheer'

test('the screen locks on request and after inactivity, and keeps what was typed', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Demodata laden' }).click()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Zoek cliënt' }).fill('bakker')

  await page.getByRole('button', { name: 'Vergrendelen' }).click()
  await expect(page.getByRole('heading', { name: 'Wlz Werkplek is vergrendeld' })).toBeVisible()
  await expect(page.getByRole('grid', { name: 'Caseload' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeFocused()
  await app.screenshot('vergrendeld')
  await app.expectAccessible()
  await page.getByRole('button', { name: 'Ontgrendelen' }).click()
  await expect(page.getByRole('searchbox', { name: 'Zoek cliënt' })).toHaveValue('bakker')

  // Inactivity: a 1-minute setting, and the clock moved on without input.
  await openBeheer(page, 'Vergrendelen')
  const lockSection = page.getByRole('region', { name: 'Vergrendelen' })
  await lockSection.getByLabel('Scherm vergrendelen na (minuten)').fill('1')
  await lockSection.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'na 1 minuut zonder gebruik' })).toBeVisible()
  // The fixture's page clock is fake but running: start afresh with the setting, then jump past the minute.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible()
  await page.clock.fastForward(61_000)
  await expect(page.getByRole('heading', { name: 'Wlz Werkplek is vergrendeld' })).toBeVisible()
})

test('Beheer: a verified back-up on request, listed with its clients', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Demodata laden' }).click()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  await openBeheer(page, 'Back-ups')
  const section = page.getByRole('region', { name: 'Back-ups' })
  // The start of the app already made one (of the still empty workstation); this one holds the demo.
  const rows = section.getByRole('table', { name: 'Back-ups' }).locator('tbody tr')
  const before = await rows.count()
  await section.getByRole('button', { name: 'Nu een back-up maken' }).click()
  await expect(rows).toHaveCount(before + 1)
  await expect(rows.first()).toContainText('120')
  await rows.first().getByRole('button', { name: 'Herstellen…' }).click()
  await expect(page.getByRole('dialog', { name: 'Back-up terugzetten' })).toContainText('werkplek-voor-herstel')
  await app.screenshot('beheer-backup-herstellen')
  await app.expectAccessible()
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click()
})
