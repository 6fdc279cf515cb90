import type { Page } from '@playwright/test'

/** Page object for the caseload screen and its "Nieuwe cliënt" dialog. */
export class Caseload {
  constructor(private readonly page: Page) {}

  readonly table = () => this.page.getByRole('table', { name: 'Cliënten' })
  readonly rows = () => this.table().locator('tbody tr')

  async openNewClient() {
    await this.page.getByRole('button', { name: 'Nieuwe cliënt' }).click()
    return this.page.getByRole('dialog', { name: 'Nieuwe cliënt' })
  }

  async fillClient(c: { voornamen: string; voorvoegsel?: string; achternaam: string; geboortedatum: string; bsn: string }) {
    const dialog = this.page.getByRole('dialog', { name: 'Nieuwe cliënt' })
    await dialog.getByLabel('Voornamen').fill(c.voornamen)
    await dialog.getByLabel('Voorvoegsel').fill(c.voorvoegsel ?? '')
    await dialog.getByLabel('Achternaam').fill(c.achternaam)
    await dialog.getByLabel('Geboortedatum').fill(c.geboortedatum)
    await dialog.getByLabel('BSN').fill(c.bsn)
    await dialog.getByRole('button', { name: 'Cliënt opslaan' }).click()
    return dialog
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Zoek cliënt' }).fill(text)
  }
}
