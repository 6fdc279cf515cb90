import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from '../fixtures'
import { openBeheer } from '../pages/Beheer'
import { FirstRun } from '../pages/FirstRun'

const PIN = '482913'
const lockHeading = (page: Page) => page.getByRole('heading', { name: 'Wlz Werkplek is vergrendeld' })

test('Beheer: key protection told honestly, a recovery code shown once, and its sheet as A4', async ({ app }) => {
  // Two argon2id derivations and a PDF on a shared 2-core machine: bounded by steps, not by a tight budget.
  test.setTimeout(300_000)
  const { page } = app
  await new FirstRun(page).loadDemo(PIN)
  await expect(page.getByText('120 cliënten')).toBeVisible()
  await openBeheer(page, 'Sleutelbeveiliging')
  const keys = page.getByRole('region', { name: 'Sleutelbeveiliging' })
  // The harness has no OS keystore: the panel says the fake is a fake.
  await expect(keys).toContainText('Nep-sleutelbos van de testomgeving (niet beschermd)')
  await expect(keys.getByRole('alert')).toContainText('Gebruik dit nooit voor echte cliënten')
  await expect(keys).toContainText('Zonder herstelcode zijn de database en alle back-ups niet meer te openen')
  await keys.screenshot({ path: 'test-results/screenshots/chromium-sleutelbeveiliging-paneel.png' })
  await app.screenshot('beheer-sleutelbeveiliging')
  await app.expectAccessible()

  await keys.getByRole('button', { name: 'Herstelcode maken…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Herstelcode' })
  await dialog.getByLabel('Uw pincode of wachtwoord (ter controle)').fill('000000')
  await dialog.getByRole('button', { name: 'Herstelcode maken' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Deze pincode klopt niet')
  await dialog.getByLabel('Uw pincode of wachtwoord (ter controle)').fill(PIN)
  await dialog.getByRole('button', { name: 'Herstelcode maken' }).click()
  const code = (await dialog.locator('.herstelcode').innerText()).trim()
  expect(code).toMatch(/^([A-HJKMNP-Z2-9]{5}-){5}[A-HJKMNP-Z2-9]{5}$/)
  await expect(dialog.getByRole('button', { name: 'Klaar' })).toBeDisabled()
  await dialog.screenshot({ path: 'test-results/screenshots/chromium-herstelcode-dialoog.png' })
  await app.screenshot('herstelcode-eenmalig')
  await app.expectAccessible()

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Herstelblad afdrukken (PDF)' }).click()
  const file = await download
  const path = test.info().outputPath('herstelblad.pdf')
  await file.saveAs(path)
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const part of [code, 'Herstelcode van deze werkplek', 'Waar bewaart u dit blad?', 'Zonder deze code', 'Werkplek:'])
    expect(text).toContain(part)
  expect(text).not.toMatch(/Bakker|BSN/)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, test.info().outputPath('herstelblad')])
  await test.info().attach('herstelblad-pagina-1', { path: test.info().outputPath('herstelblad.png'), contentType: 'image/png' })

  await dialog.getByRole('checkbox', { name: /Ik heb de herstelcode/ }).check()
  await dialog.getByRole('button', { name: 'Klaar' }).click()
  await expect(keys).toContainText('Gemaakt op 22-11-2026')

  // A second back-up location: a folder that exists gets a copy of the next back-up.
  const usb = mkdtempSync(join(tmpdir(), 'wlz-e2e-usb-'))
  await openBeheer(page, 'Back-ups')
  const backups = page.getByRole('region', { name: 'Back-ups' })
  await backups.getByLabel('Map (volledig pad)').fill(usb)
  await backups.getByRole('button', { name: 'Map gebruiken' }).click()
  await backups.getByRole('button', { name: 'Nu een back-up maken' }).click()
  await expect(backups.getByText(/^Laatste kopie:/)).toBeVisible()
  expect(readdirSync(usb).filter((f) => f.endsWith('.db'))).toHaveLength(1)
  await backups.screenshot({ path: 'test-results/screenshots/chromium-tweede-locatie.png' })
  await app.expectAccessible()

  // The keystore's wrapping is lost: the startup screen offers the recovery code, and the data comes back.
  writeFileSync(join(app.dataDir, 'werkplek.key'), 'onleesbaar')
  await app.restart()
  await expect(page.getByRole('heading', { name: 'Sleutel herstellen met herstelcode' })).toBeVisible()
  await page.getByLabel(/^Herstelcode/).fill('ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678')
  await page.getByRole('button', { name: 'Sleutel herstellen' }).click()
  // The refusal sits under the field (aria-describedby), which has the focus again.
  await expect(page.getByLabel(/^Herstelcode/)).toHaveAccessibleDescription(/Deze herstelcode klopt niet/)
  await expect(page.getByLabel(/^Herstelcode/)).toBeFocused()
  await app.screenshot('sleutel-herstellen')
  await app.expectAccessible()
  await page.getByLabel(/^Herstelcode/).fill(code.toLowerCase())
  await page.getByRole('button', { name: 'Sleutel herstellen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'De sleutel is hersteld' })).toBeVisible()
  await app.restart()
  await page.getByLabel('Pincode of wachtwoord').fill(PIN)
  await page.getByRole('button', { name: 'Ontgrendelen' }).click()
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Caseload' }).click()
  await expect(page.getByText('120 cliënten')).toBeVisible()
})

test('the lock asks for the PIN, refuses the bridge while locked, and keeps what was typed', async ({ app }) => {
  test.setTimeout(300_000)
  const { page } = app
  await new FirstRun(page).loadDemo(PIN)
  await expect(page.getByText('120 cliënten')).toBeVisible()
  await openBeheer(page, 'Vergrendelen')
  const lockSection = page.getByRole('region', { name: 'Vergrendelen' })
  // The demo asked for its PIN at the start; here it can only be changed.
  await expect(lockSection.getByRole('button', { name: 'Pincode wijzigen' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Caseload' }).click()
  await page.getByRole('searchbox', { name: 'Zoek cliënt' }).fill('bakker')
  await page.getByRole('button', { name: 'Vergrendelen' }).click()
  await expect(lockHeading(page)).toBeVisible()
  // Unmounted, not covered: nothing of a client is left in the page.
  await expect(page.getByRole('grid')).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(/Bakker|cliënten/i)
  await expect(page.getByLabel('Pincode of wachtwoord')).toBeFocused()
  // The main process refuses the bridge too, whatever the page does.
  const viaBridge = await page.evaluate(() => window.api.invoke('caseload.query', { filter: { adviseur: 'alle' } }))
  expect(viaBridge).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining('vergrendeld') } })

  await page.getByLabel('Pincode of wachtwoord').fill('111111')
  await page.getByRole('button', { name: 'Ontgrendelen' }).click()
  await expect(page.getByRole('alert')).toContainText('Deze pincode klopt niet')
  await expect(lockHeading(page)).toBeVisible()
  await app.screenshot('vergrendeld-onjuiste-pincode')
  await app.expectAccessible()

  await page.getByLabel('Pincode of wachtwoord').fill(PIN)
  await page.getByRole('button', { name: 'Ontgrendelen' }).click()
  await expect(page.getByRole('searchbox', { name: 'Zoek cliënt' })).toHaveValue('bakker')

  // A reloaded window is still locked: the lock lives in the main process.
  await page.keyboard.press('Control+Shift+L')
  await expect(lockHeading(page)).toBeVisible()
  await page.reload()
  await expect(lockHeading(page)).toBeVisible()
  await page.getByLabel('Pincode of wachtwoord').fill(PIN)
  await page.getByRole('button', { name: 'Ontgrendelen' }).click()

  // Inactivity: a changed timeout takes effect at once, without a restart or reload.
  await openBeheer(page, 'Vergrendelen')
  await lockSection.getByLabel('Scherm vergrendelen na (minuten)').fill('1')
  await lockSection.getByRole('button', { name: 'Opslaan', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'na 1 minuut zonder gebruik' })).toBeVisible()
  await page.clock.fastForward(61_000)
  await expect(lockHeading(page)).toBeVisible()
  await app.screenshot('vergrendeld')
  await app.expectAccessible()
})

test('Beheer: a verified back-up on request, listed with its clients', async ({ app }) => {
  const { page } = app
  await new FirstRun(page).loadDemo(PIN)
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
