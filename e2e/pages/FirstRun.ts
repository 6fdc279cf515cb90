import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { SHARED_DATA } from '../fixtures'

/** Page object for the first-run screen. */
export class FirstRun {
  constructor(private readonly page: Page) {}

  async importReference(
    files = { regios: 'zorgkantoorregios_2025.csv', gemeenten: 'gemeente_zorgkantoorregio_2025.csv', postcodes: 'pc4_nl.csv' },
  ) {
    await this.page.getByLabel("Zorgkantoorregio's").setInputFiles(join(SHARED_DATA, files.regios))
    await this.page.getByLabel('Gemeenten').setInputFiles(join(SHARED_DATA, files.gemeenten))
    await this.page.getByLabel('Postcodes (PC4)').setInputFiles(join(SHARED_DATA, files.postcodes))
    await this.page.getByRole('button', { name: 'Importeren' }).click()
  }

  async createProfile(p: { naam: string; functie?: string; afdeling?: 'Klantadvies' | 'Pgb-afdeling'; regio: string }) {
    await this.page.getByLabel('Naam', { exact: false }).first().fill(p.naam)
    if (p.functie) await this.page.getByLabel('Functie').fill(p.functie)
    await this.page.getByRole('radio', { name: p.afdeling ?? 'Klantadvies' }).check()
    await this.page.getByLabel('Zorgkantoorregio').selectOption({ label: p.regio })
    await this.page.getByRole('button', { name: 'Profiel opslaan en beginnen' }).click()
  }
}
