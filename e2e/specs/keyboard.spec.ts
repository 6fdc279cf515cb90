import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'

test('keyboard: search → grid → dossier → back lands on the same row', async ({ app }) => {
  const { page } = app
  await new FirstRun(page).loadDemo()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  const caseload = new Caseload(page)
  const search = page.getByRole('searchbox', { name: 'Zoek cliënt' })
  const grid = caseload.grid()

  // "/" jumps to the search; ↓ moves into the results with the first row active — pressed at once
  // after typing, before the results of the last letter are in, it moves in when they arrive.
  await page.locator('#main').focus()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await page.keyboard.type('van')
  await page.keyboard.press('ArrowDown')
  await expect(grid).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: /cliënt/ })).not.toHaveText('120 cliënten')
  await expect(page.locator('section.caseload')).toHaveAttribute('aria-busy', 'false')
  const first = caseload.rows().first()
  await expect(grid).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)

  // ↓ once more, Enter opens that dossier; the breadcrumb brings the adviser back to the same row.
  await page.keyboard.press('ArrowDown')
  const secondId = (await caseload.rows().nth(1).getAttribute('id'))!
  const secondName = (await caseload.rows().nth(1).getByRole('gridcell').nth(1).innerText()).trim()
  await expect(grid).toHaveAttribute('aria-activedescendant', secondId)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/dossier\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(secondName.split(',')[0]!)
  await app.screenshot('keyboard-dossier')
  await page.getByRole('link', { name: 'Caseload' }).first().focus()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible()
  await expect(search).toHaveValue('van')
  await expect(grid).toBeFocused()
  await expect(grid).toHaveAttribute('aria-activedescendant', secondId)
  await app.screenshot('keyboard-back-on-row')
  await app.expectAccessible()

  // ↑ on the first row returns to the search box; Enter there opens the first result.
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowUp')
  await expect(search).toBeFocused()
  const firstId = Number((await first.getAttribute('id'))!.replace('caseload-row-', ''))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/dossier/${firstId}$`))
})

test('keyboard: the grid loads its next page only when the adviser comes near the end (issue 15)', async ({ app }) => {
  const { page } = app
  await new FirstRun(page).loadDemo()
  await expect(page.getByText('120 cliënten')).toBeVisible()
  const caseload = new Caseload(page)
  const grid = caseload.grid()
  const activeRow = async () =>
    Number(await page.locator(`#${await grid.getAttribute('aria-activedescendant')}`).getAttribute('aria-rowindex'))
  // Only the first page (40 rows) is loaded: a second page after every first one was a second query per keystroke.
  await grid.focus()
  await page.keyboard.press('End')
  expect(await activeRow()).toBe(41)
  // At the end of the loaded rows the next pages come in, up to the last of the 120 clients.
  await expect(async () => {
    await page.keyboard.press('End')
    expect(await activeRow()).toBe(121)
  }).toPass()
  await app.screenshot('caseload-scrolled-to-end')
})
