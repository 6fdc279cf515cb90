import { expect, type Page } from '@playwright/test'
import { Dossier } from './Dossier'

type NewClient = { voornamen: string; voorvoegsel?: string; achternaam: string; geboortedatum: string; bsn: string }

/** Page object for the caseload screen and its "Nieuwe cliënt" dialog. */
export class Caseload {
  constructor(private readonly page: Page) {}

  readonly grid = () => this.page.getByRole('grid', { name: 'Caseload' })
  readonly rows = () => this.grid().locator('.grid-body [role="row"]')

  async openNewClient() {
    await this.page.getByRole('button', { name: 'Nieuwe cliënt' }).click()
    return this.page.getByRole('dialog', { name: 'Nieuwe cliënt' })
  }

  async fillClient(c: NewClient) {
    const dialog = this.page.getByRole('dialog', { name: 'Nieuwe cliënt' })
    await dialog.getByLabel('Voornamen').fill(c.voornamen)
    await dialog.getByLabel('Voorvoegsel').fill(c.voorvoegsel ?? '')
    await dialog.getByLabel('Achternaam').fill(c.achternaam)
    await dialog.getByLabel('Geboortedatum').fill(c.geboortedatum)
    await dialog.getByLabel('BSN').fill(c.bsn)
    await dialog.getByRole('button', { name: 'Cliënt opslaan' }).click()
    return dialog
  }

  /** A new client saved through the dialog; its dossier opens with the heading `heading` ("A. Achternaam"). */
  async createClient(c: NewClient, heading: string): Promise<Dossier> {
    await this.openNewClient()
    await this.fillClient(c)
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    return new Dossier(this.page)
  }

  async open() {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Caseload' }).click()
  }
}
