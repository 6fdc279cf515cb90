import type { Page } from '@playwright/test'

/** Opens one section of Beheer through the main menu and Beheer's own menu. */
export async function openBeheer(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click()
  await page.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: section, exact: true }).click()
}
