import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'

test('the demo fills an empty workstation with a clearly marked fictitious caseload', async ({ app }) => {
  const { page } = app
  await new FirstRun(page).loadDemo()
  await expect(page.getByRole('note')).toHaveText('DEMO — alle cliënten en gegevens in deze werkplek zijn fictief')
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  await app.screenshot('demo-caseload')
  await app.expectAccessible()

  await page.getByRole('searchbox', { name: 'Zoek cliënt' }).fill('muller')
  await expect(page.getByRole('grid', { name: 'Caseload' }).locator('.grid-body [role="row"]').first()).toContainText('Müller')
  const bsns = app.query<{ bsn: string }>('SELECT bsn FROM client')
  expect(bsns.every((r) => r.bsn.startsWith('9999'))).toBe(true)
})
