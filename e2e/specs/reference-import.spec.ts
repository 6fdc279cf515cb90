import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, SHARED_DATA } from '../fixtures'

test('a half-valid reference file is refused as a whole with a row-by-row report', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'wlz-csv-'))
  const lines = readFileSync(join(SHARED_DATA, 'zorgkantoorregios_2025.csv'), 'utf8').trim().split(/\r?\n/)
  lines[2] = lines[2]!.replace(/^ZK02/, 'K02')
  lines.push(lines[5]!)
  const bad = join(dir, 'regios-met-fouten.csv')
  writeFileSync(bad, lines.join('\n'))

  await page.getByLabel("Zorgkantoorregio's").setInputFiles(bad)
  await page.getByRole('button', { name: 'Importeren' }).click()
  const report = page.getByRole('table', { name: "Fouten in Zorgkantoorregio's" })
  await expect(report).toBeVisible()
  await expect(page.getByText("Zorgkantoorregio's: niets geïmporteerd.")).toBeVisible()
  await expect(report.locator('tbody tr')).toHaveCount(2)
  await expect(report.locator('tbody tr').first()).toContainText('Een regiocode heeft de vorm ZK01.')
  await expect(report.locator('tbody tr').nth(1)).toContainText('Deze code staat ook al in rij 6.')
  await app.screenshot('reference-import-report')
  await app.expectAccessible()
  expect(app.query('SELECT count(*) AS n FROM ref_regio')).toEqual([{ n: 0 }])
})
