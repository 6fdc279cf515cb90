import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { SHARED_DATA } from '../fixtures'

/** The lock's PIN every spec's workstation gets at first run (fictitious, test only). */
export const TEST_PINCODE = '482913'

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
    await this.page.getByLabel('Pincode of wachtwoord voor het slot').fill(TEST_PINCODE)
    await this.page.getByLabel('Herhaal de pincode').fill(TEST_PINCODE)
    await this.page.getByRole('button', { name: 'Profiel opslaan en beginnen' }).click()
    await this.acknowledgeRecoveryCode()
  }

  /** The recovery code is shown once after the profile; going on needs the tick that it is kept. */
  async acknowledgeRecoveryCode() {
    await this.page.getByRole('heading', { name: '3. Uw herstelcode' }).waitFor()
    await this.page.getByRole('checkbox', { name: /Ik heb de herstelcode/ }).check()
    await this.page.getByRole('button', { name: 'Beginnen', exact: true }).click()
  }

  /** The fictitious demo; a set-up workstation then asks for its PIN before it shows anything. */
  async loadDemo(pincode = TEST_PINCODE) {
    await this.page.getByRole('button', { name: 'Demodata laden' }).click()
    await this.setPincode(pincode)
  }

  /** "Stel een pincode in": a demo, a teamserver sign-in or an upgrade without a PIN gets this first. */
  async setPincode(pincode = TEST_PINCODE) {
    await this.page.getByRole('heading', { name: 'Stel een pincode in' }).waitFor({ timeout: 60_000 })
    await this.page.getByLabel('Pincode of wachtwoord').fill(pincode)
    await this.page.getByLabel('Herhaal de pincode').fill(pincode)
    await this.page.getByRole('button', { name: 'Pincode instellen' }).click()
  }

  /** After a restart a workstation with a PIN starts locked. */
  async unlock(pincode = TEST_PINCODE) {
    await this.page.getByLabel('Pincode of wachtwoord').fill(pincode)
    await this.page.getByRole('button', { name: 'Ontgrendelen' }).click()
  }
}
