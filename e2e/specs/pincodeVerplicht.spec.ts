import { test, expect } from '../fixtures'
import { FirstRun, TEST_PINCODE } from '../pages/FirstRun'

// Issue 14: every workstation has a PIN. A demo (like a teamserver sign-in or an upgrade) is set up
// without one; it then shows nothing but "Stel een pincode in", and the main process refuses the rest.
test('a demo workstation asks for a PIN before it shows any client, and is locked after a restart', async ({ app }) => {
  test.setTimeout(300_000)
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByRole('button', { name: 'Demodata laden' }).click()
  await expect(page.getByRole('heading', { name: 'Stel een pincode in' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByLabel('Pincode of wachtwoord')).toBeFocused()
  await expect(page.locator('body')).not.toContainText(/cliënten|Caseload/)
  // Not just hidden in the window: the main process answers nothing but setting the PIN.
  const viaBridge = await page.evaluate(() => window.api.invoke('caseload.query', { filter: { adviseur: 'alle' } }))
  expect(viaBridge).toMatchObject({ ok: false, error: { code: 'LOCKED' } })

  await page.getByLabel('Pincode of wachtwoord').fill('12345')
  await page.getByRole('button', { name: 'Pincode instellen' }).click()
  // Both fields' messages at once, each under its field; the focus on the first.
  await expect(page.getByRole('alert')).toHaveCount(2)
  await expect(page.getByLabel('Pincode of wachtwoord')).toHaveAccessibleDescription(/minstens 6 tekens/)
  await expect(page.getByLabel('Herhaal de pincode')).toHaveAccessibleDescription('De twee pincodes zijn niet gelijk.')
  await expect(page.getByLabel('Pincode of wachtwoord')).toBeFocused()
  await page.getByLabel('Pincode of wachtwoord').fill(TEST_PINCODE)
  await page.getByLabel('Herhaal de pincode').fill('000000')
  await page.getByRole('button', { name: 'Pincode instellen' }).click()
  await expect(page.getByRole('alert')).toContainText('niet gelijk')
  await app.screenshot('pincode-instellen-1366')
  await app.expectAccessible()

  await page.getByLabel('Herhaal de pincode').fill(TEST_PINCODE)
  await page.getByRole('button', { name: 'Pincode instellen' }).click()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  expect(app.query<{ value: string }>("SELECT value FROM setting WHERE key = 'werkplek.pincode'")[0]!.value).toMatch(/^\$argon2id\$/)

  // With its PIN the demo starts locked, like any other workstation.
  await app.restart()
  await expect(page.getByRole('heading', { name: 'Wlz Werkplek is vergrendeld' })).toBeVisible()
  await new FirstRun(page).unlock()
  await expect(page.getByText('120 cliënten')).toBeVisible()
})
