import { expect, type Page } from '@playwright/test'

/** Page object for an open client dossier: its tabs and the Persoon tab's address. */
export class Dossier {
  constructor(private readonly page: Page) {}

  readonly tabs = () => this.page.getByRole('tablist', { name: 'Onderdelen van het dossier' })

  async tab(name: string | RegExp) {
    await this.tabs().getByRole('tab', { name }).click()
  }

  /** Fills the address on the Persoon tab (already open) and waits until the save is confirmed. */
  async saveAddress(a: { straat: string; huisnummer: string; postcode: string; woonplaats: string }) {
    await this.page.getByLabel('Straat').fill(a.straat)
    await this.page.getByLabel('Huisnummer').fill(a.huisnummer)
    await this.page.getByLabel('Postcode').fill(a.postcode)
    await this.page.getByLabel('Woonplaats').fill(a.woonplaats)
    await this.page.getByRole('button', { name: 'Persoonsgegevens opslaan' }).click()
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: /opgeslagen/i })
        .first(),
    ).toBeVisible()
  }
}
