import type { Page } from '@playwright/test'
import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { Caseload } from '../pages/Caseload'
import { horizontalOverflow } from '../pages/overflow'

// The pgb-afdeling works on 1366×768 laptops on home visits; the office has 1920×1080 screens.
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })

for (const size of SIZES) {
  const at = `${size.width}x${size.height}`
  test(`layout at ${at}: the main screens fit, headers stay in view, Beheer one section at a time`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize(size)
    await new FirstRun(page).loadDemo()
    await expect(page.getByText('120 cliënten')).toBeVisible()
    const caseload = new Caseload(page)
    const look = async (name: string) => {
      await app.screenshot(`layout-${at}-${name}`)
      expect(await horizontalOverflow(page), `${name} at ${at}`).toEqual([])
    }

    // Caseload: every column fits; scrolling the grid keeps its header row, scrolling the page keeps the top bar.
    await look('caseload')
    const grid = caseload.grid()
    const head = grid.locator('.grid-head')
    await grid.evaluate((el) => (el.scrollTop = 600))
    await expect(async () => {
      const [g, h] = [(await grid.boundingBox())!, (await head.boundingBox())!]
      expect(Math.abs(h.y - g.y)).toBeLessThan(3)
    }).toPass()
    await expect(page.getByRole('alert'), 'no error above the grid').toHaveCount(0)
    const gridEnd = async () => {
      const box = (await grid.boundingBox())!
      return box.y + box.height
    }
    expect(await gridEnd(), 'the grid ends inside the window').toBeLessThanOrEqual(size.height)
    expect((await grid.boundingBox())!.height, 'the grid uses the window height').toBeGreaterThan(size.height * 0.45)
    // A selection puts the bulk bar above the grid: the grid gives up that height rather than end below the window.
    const before = (await grid.boundingBox())!
    await caseload.rows().first().getByRole('checkbox').check()
    await expect
      .poll(async () => (await grid.boundingBox())!.y, { message: 'the bulk bar sits above the grid' })
      .toBeGreaterThan(before.y + 10)
    await expect.poll(gridEnd, { message: 'with the bulk bar, the grid still ends inside the window' }).toBeLessThanOrEqual(size.height)
    await app.screenshot(`layout-${at}-caseload-selected`)
    await caseload.rows().first().getByRole('checkbox').uncheck()

    // A dossier: the tabs on one line (or a strip that scrolls), the address with its gemeente.
    await caseload.rows().first().dblclick()
    await expect(page.getByRole('heading', { name: 'Woonadres' })).toBeVisible()
    const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' })
    const tops = await tabs.getByRole('tab').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size)
    expect(tops, 'the dossier tabs sit on one line').toBe(1)
    await look('dossier')
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect(page.locator('.topbar')).toBeInViewport()

    for (const [label, name] of [
      ['Zorgplannen', 'zorgplannen'],
      ['Aanbieders', 'aanbieders'],
      ['Brieven', 'brieven'],
    ] as const) {
      await menu(page).getByRole('link', { name: label }).click()
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible()
      await look(name)
    }

    // Beheer: its own menu, one section at a time, each at its own address.
    await menu(page).getByRole('link', { name: 'Beheer' }).click()
    const beheer = page.getByRole('navigation', { name: 'Onderdelen van Beheer' })
    await expect(beheer.getByRole('link', { name: 'Profiel en database' })).toHaveAttribute('aria-current', 'page')
    await look('beheer')
    await app.expectAccessible()
    for (const section of ['Briefpapier', 'Referentiegegevens', 'Logboek']) {
      await beheer.getByRole('link', { name: section, exact: true }).click()
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1)
      await look(`beheer-${section.toLowerCase()}`)
    }
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight)
    expect(pageHeight, 'Beheer is no longer one very long page').toBeLessThan(size.height * 2.5)
  })
}
