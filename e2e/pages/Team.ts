import { expect, type Page } from '@playwright/test'

/** Page object for the team screens: connecting, the header's sync indicator, Beheer and Synchronisatie. */
export class Team {
  constructor(private readonly page: Page) {}

  readonly indicator = () => this.page.locator('.sync-indicator')
  readonly menu = () => this.page.getByRole('navigation', { name: 'Hoofdmenu' })

  /** Step 1 of connecting: the address, then the fingerprint is shown. */
  async fetchFingerprint(url: string) {
    await this.page.getByLabel('Adres van de teamserver').fill(url)
    await this.page.getByRole('button', { name: 'Vingerafdruk ophalen' }).click()
    await expect(this.page.getByRole('heading', { name: 'Stap 2 van 3: controleer het certificaat' })).toBeVisible()
  }

  /** The fingerprint as the workstation shows it, in the server's own notation (AA:BB:…). */
  async shownFingerprint(): Promise<string> {
    const rows = await this.page.locator('.vingerafdruk code span').allInnerTexts()
    return rows.join(' ').split(' ').join(':')
  }

  async signIn(gebruikersnaam: string, wachtwoord: string) {
    await this.page.getByLabel('Gebruikersnaam').fill(gebruikersnaam)
    await this.page.getByLabel(/^Wachtwoord/).fill(wachtwoord)
    await this.page.getByRole('button', { name: 'Aanmelden' }).click()
  }

  async choosePassword(nieuw: string) {
    await expect(this.page.getByRole('heading', { name: 'Eigen wachtwoord kiezen' })).toBeVisible()
    await this.page.getByLabel(/^Nieuw wachtwoord/).fill(nieuw)
    await this.page.getByLabel('Herhaal het nieuwe wachtwoord').fill(nieuw)
    await this.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
  }

  async open(screen: 'Beheer' | 'Synchronisatie' | 'Caseload') {
    await this.menu().getByRole('link', { name: screen }).click()
  }

  /** "Nu synchroniseren" on the Synchronisatie screen; waits until the run has answered. */
  async syncNow() {
    await this.open('Synchronisatie')
    const button = this.page.getByRole('button', { name: /synchroniseren/ })
    await button.click()
    await expect(button).toHaveText('Nu synchroniseren')
  }

  async openBeheer(section: string) {
    await this.open('Beheer')
    await this.page.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: section, exact: true }).click()
  }

  async openBeheerTab(name: 'Accounts' | 'Teams' | 'Apparaten' | 'Centraal logboek' | 'Kenmerken') {
    await this.page.getByRole('tablist', { name: 'Team beheren' }).getByRole('tab', { name }).click()
  }
}
