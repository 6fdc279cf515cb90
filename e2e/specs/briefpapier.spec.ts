import { execFileSync } from 'node:child_process'
import { test, expect } from '../fixtures'
import { openBeheer } from '../pages/Beheer'
import { FirstRun } from '../pages/FirstRun'

test('Beheer: letterhead and window offsets, and a test print as PDF', async ({ app }) => {
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Pim Testadviseur', regio: 'Amsterdam' })
  await openBeheer(page, 'Briefpapier')

  const section = page.getByRole('region', { name: 'Briefpapier' })
  await section.getByLabel('Naam zorgkantoor').fill('Zorgkantoor Proefregio (fictief)')
  await section.getByLabel('Postadres').fill('Postbus 12, 1000 AA  AMSTERDAM')
  await section.getByLabel('Venster boven').fill('200')
  await section.getByRole('button', { name: 'Briefpapier opslaan' }).click()
  await expect(section.getByText('Maximaal 120 mm.')).toBeVisible()
  await section.getByLabel('Venster boven').fill('52')
  await section.getByRole('button', { name: 'Briefpapier opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Briefpapier opgeslagen.' })).toBeVisible()
  await app.screenshot('beheer-briefpapier')
  await app.expectAccessible()

  const download = page.waitForEvent('download')
  await section.getByRole('button', { name: 'Proefafdruk (PDF)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^proefafdruk-\d{4}-\d{2}-\d{2}\.pdf$/)
  const path = test.info().outputPath('proefafdruk.pdf')
  await file.saveAs(path)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  expect(text).toContain('Zorgkantoor Proefregio (fictief)')
  expect(text).toContain('pagina 1 van 1')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, test.info().outputPath('proefafdruk')])
  await test.info().attach('proefafdruk-pagina-1', { path: test.info().outputPath('proefafdruk.png'), contentType: 'image/png' })
})
