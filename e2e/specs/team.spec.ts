import { test, expect, STORY_TODAY } from '../fixtures'
import { Caseload } from '../pages/Caseload'
import { FirstRun } from '../pages/FirstRun'
import { Team } from '../pages/Team'
import { startTeamServer, type TeamServer } from '../harness/teamServer'

/**
 * Two advisers on two workstations against one teamserver (started here, in the test process, with
 * HTTPS and a self-signed certificate). Workstation A reaches the server through a TCP relay that the
 * story cuts, so A can be offline while B keeps working.
 */
test.use({ actionTimeout: 20_000 })
// Two workstations in one test need two backends in this process: the Chromium harness only.
test.skip(({ transport }) => transport !== 'harness', 'two workstations run in the Chromium harness')
let server: TeamServer
test.beforeAll(async () => {
  server = await startTeamServer(STORY_TODAY)
})
test.afterAll(async () => {
  await server?.close()
})

test('team: connect, reassign to a colleague, offline edit, conflict resolved, huisbezoek and beheer', async ({ app, app2 }) => {
  test.setTimeout(480_000)
  const a = app.page
  const b = app2.page
  const teamA = new Team(a)
  const teamB = new Team(b)

  // A: the functioneel beheerder connects an empty workstation from the first-run screen.
  await a.getByRole('button', { name: 'Verbinden met een teamserver' }).click()
  await app.screenshot('team-verbinden-adres')
  await app.expectAccessible()
  await teamA.fetchFingerprint(server.relayUrl)
  expect(await teamA.shownFingerprint()).toBe(server.fingerprint)
  await app.screenshot('team-verbinden-vingerafdruk')
  await app.expectAccessible()
  await a.getByRole('button', { name: 'De vingerafdruk klopt' }).click()
  await expect(a.getByLabel('Naam van deze werkplek')).toHaveValue('Bureau')
  await a.getByLabel('Gebruikersnaam').fill('beheerder')
  await expect(a.getByLabel('Naam van deze werkplek')).toHaveValue('Bureau beheerder')
  await app.screenshot('team-verbinden-aanmelden')
  await app.expectAccessible()
  await teamA.signIn('beheerder', server.beheerderWachtwoord)
  await expect(a.getByText('U bent aangemeld met een eenmalig wachtwoord.')).toBeVisible()
  await app.screenshot('team-eenmalig-wachtwoord')
  await app.expectAccessible()
  await teamA.choosePassword('beheer-wachtwoord-2026')
  // A workstation signed in to a teamserver has no PIN yet: it asks for one before it shows anything.
  await new FirstRun(a).setPincode()
  await expect(a.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible()
  // The sync engine starts at app start and ignores the start() of a later sign-in, so its live
  // channel only connects after a restart (reported to the lead; src/main/sync is theirs).
  await app.restart()
  await new FirstRun(a).unlock()
  await expect(teamA.indicator()).toContainText('Verbonden')
  expect(app.query(`SELECT naam FROM adviseur WHERE gid IS NOT NULL`)).toEqual([{ naam: 'Functioneel beheerder' }])

  // A makes an account for colleague B under Beheer → Team beheren; the one-time password shows once.
  await teamA.openBeheer('Teamserver')
  await expect(a.getByRole('heading', { name: 'Teamserver' })).toBeVisible()
  await app.screenshot('team-beheer-teamserver')
  await app.expectAccessible()
  await teamA.openBeheer('Team beheren')
  await a.getByRole('button', { name: 'Nieuw account' }).click()
  const form = a.getByRole('dialog', { name: 'Nieuw account' })
  await form.getByLabel(/^Naam \*$/).fill('Bram Bakker')
  await form.getByLabel('Gebruikersnaam').fill('b.bakker')
  await form.getByLabel('Zorgkantoorregio').fill('ZK01')
  await app.screenshot('team-account-nieuw')
  await app.expectAccessible()
  await form.getByRole('button', { name: 'Account aanmaken' }).click()
  const once = a.getByRole('dialog', { name: 'Eenmalig wachtwoord' })
  const wachtwoordB = (await once.locator('.eenmalig-wachtwoord').innerText()).trim()
  expect(wachtwoordB.length).toBeGreaterThanOrEqual(12)
  await app.screenshot('team-account-eenmalig-wachtwoord')
  await app.expectAccessible()
  await once.getByRole('button', { name: 'Ik heb het wachtwoord overgenomen' }).click()
  await expect(a.getByRole('table', { name: 'Accounts' })).toContainText('Bram Bakker')
  await app.screenshot('team-beheer-accounts')

  // B connects directly (its network stays up) with that password and chooses its own.
  await b.getByRole('button', { name: 'Verbinden met een teamserver' }).click()
  await teamB.fetchFingerprint(server.url)
  await b.getByRole('button', { name: 'De vingerafdruk klopt' }).click()
  await teamB.signIn('b.bakker', wachtwoordB)
  await teamB.choosePassword('bram-zijn-eigen-wachtwoord')
  await new FirstRun(b).setPincode()
  await expect(b.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible()
  await app2.restart()
  await new FirstRun(b).unlock()
  await expect(teamB.indicator()).toContainText('Verbonden')
  await expect(b.getByText('Uw caseload is nog leeg.')).toBeVisible()

  // A creates a dossier and, as the one who may hand dossiers over, gives it to B.
  const caseloadA = new Caseload(a)
  await teamA.open('Caseload')
  await caseloadA.openNewClient()
  await caseloadA.fillClient({ voornamen: 'Willemijn', achternaam: 'Teamdossier', geboortedatum: '12-03-1939', bsn: '999996708' })
  await expect(a.getByRole('heading', { level: 1, name: 'W. Teamdossier' })).toBeVisible()
  await expect(a.getByRole('heading', { name: 'Mee op huisbezoek' })).toBeVisible()
  await caseloadA.open()
  await caseloadA.rows().nth(0).getByRole('checkbox').check()
  await a.getByLabel('Overdragen aan').selectOption({ label: 'Bram Bakker' })
  await a.getByLabel('Reden').fill('Nieuwe verdeling van de caseload')
  await a.getByRole('button', { name: 'Overdragen…' }).click()
  await a.getByRole('dialog').getByRole('button', { name: '1 dossier overdragen' }).click()
  await teamA.syncNow()

  // B's workstation hears "there is more" on the live channel, pulls, and the dossier appears in "mijn caseload".
  const caseloadB = new Caseload(b)
  await expect(caseloadB.rows()).toHaveCount(1, { timeout: 30_000 })
  await expect(caseloadB.rows().first()).toContainText('Teamdossier')
  await app2.screenshot('team-caseload-b-overgedragen')
  await app2.expectAccessible()

  // A's network goes down. A edits the telephone number offline; B edits the same field online.
  server.relay.cut()
  await teamA.open('Caseload')
  await a.getByRole('combobox', { name: /^Caseload/ }).selectOption({ label: 'Alle cliënten' })
  await caseloadA.rows().first().dblclick()
  await editTelefoon(a, '0201111111')
  await teamA.syncNow()
  await expect(teamA.indicator()).toContainText(/Offline sinds \d\d:\d\d · \d+ wijziging(en)? nog niet verstuurd/)
  await app.screenshot('team-indicator-offline')
  await app.expectAccessible()

  await caseloadB.rows().first().dblclick()
  await editTelefoon(b, '0612222222')
  await teamB.syncNow()
  await expect(teamB.indicator()).toHaveText(/^Teamserver: Verbonden$/)

  // A comes back: its change meets B's, the indicator says so, and A resolves it field by field.
  server.relay.restore()
  await teamA.syncNow()
  await expect(teamA.indicator().getByRole('link', { name: '1 conflict oplossen' })).toBeVisible()
  await app.screenshot('team-indicator-conflict')
  await teamA.indicator().getByRole('link', { name: '1 conflict oplossen' }).click()
  const card = a.getByRole('article', { name: 'Persoonsgegevens van W. Teamdossier' })
  await expect(card.getByRole('group', { name: 'Telefoon' })).toBeVisible()
  await app.screenshot('team-conflict')
  await app.expectAccessible()
  const telefoon = card.getByRole('group', { name: 'Telefoon' })
  await expect(telefoon.getByRole('radio', { name: 'Op de server: 0612222222' })).toBeVisible()
  // Keyboard: into the group, then the arrow keys move between the sides.
  await telefoon.getByRole('radio', { name: 'Zoals het was: (leeg)' }).check()
  await a.keyboard.press('ArrowRight')
  await a.keyboard.press('ArrowRight')
  await expect(telefoon.getByRole('radio', { name: 'Op deze werkplek: 0201111111' })).toBeChecked()
  await card.getByRole('button', { name: 'Oplossen…' }).click()
  const confirm = a.getByRole('dialog', { name: 'Conflict oplossen' })
  await expect(confirm).toContainText('Telefoon: 0201111111 (op deze werkplek)')
  await app.screenshot('team-conflict-bevestigen')
  await app.expectAccessible()
  await confirm.getByRole('button', { name: 'Oplossen', exact: true }).click()
  await expect(a.getByText('Er zijn geen conflicten.')).toBeVisible()
  await app.screenshot('team-conflicten-leeg')
  await app.expectAccessible()

  // B sees A's choice after its next sync.
  await teamB.syncNow()
  await teamB.open('Caseload')
  await caseloadB.rows().first().dblclick()
  await b.getByRole('tablist', { name: 'Onderdelen van het dossier' }).getByRole('tab', { name: 'Persoon' }).click()
  await expect(b.getByLabel(/^Telefoon/)).toHaveValue('0201111111')

  // Mee op huisbezoek: B takes the dossier along on this workstation; A sees who, which device, since when.
  await b
    .getByRole('tablist', { name: 'Onderdelen van het dossier' })
    .getByRole('tab', { name: /Overzicht/ })
    .click()
  await b.getByRole('button', { name: 'Meenemen op huisbezoek…' }).click()
  const meenemen = b.getByRole('dialog', { name: 'Mee op huisbezoek' })
  await expect(meenemen.getByRole('radio', { name: /Bureau b\.bakker \(deze werkplek\)/ })).toBeChecked()
  await app2.screenshot('team-huisbezoek-kiezen')
  await app2.expectAccessible()
  await meenemen.getByRole('button', { name: 'Meenemen' }).click()
  const mark = b.locator('.huisbezoek li').first()
  await expect(mark).toContainText(/Bureau b\.bakker \(deze werkplek\) · Bram Bakker · sinds \d\d:\d\d/)
  await app2.screenshot('team-huisbezoek')
  await app2.expectAccessible()
  await teamB.syncNow()
  await teamA.syncNow()
  await teamA.open('Caseload')
  await a.getByRole('combobox', { name: /^Caseload/ }).selectOption({ label: 'Alle cliënten' })
  await caseloadA.rows().first().dblclick()
  await expect(a.locator('.huisbezoek li').first()).toContainText('Bureau b.bakker · Bram Bakker · sinds')

  // Beheer lists through the teamserver: devices, teams, the central audit of this client, the kenmerk series.
  await teamA.openBeheer('Team beheren')
  for (const tab of ['Apparaten', 'Teams', 'Centraal logboek', 'Kenmerken'] as const) {
    await teamA.openBeheerTab(tab)
    if (tab === 'Apparaten') await expect(a.getByRole('table', { name: 'Apparaten' })).toContainText('Bureau b.bakker')
    if (tab === 'Centraal logboek') {
      await a.getByRole('searchbox', { name: 'Cliënt' }).fill('teamdossier')
      await a.getByRole('button', { name: /Teamdossier, W\./ }).click()
      await expect(a.getByRole('table', { name: 'Centraal logboek van Teamdossier, W.' })).toContainText('Conflict')
    }
    if (tab === 'Kenmerken') await expect(a.getByText(/zijn kenmerken uitgegeven tot en met nummer/)).toBeVisible()
    await app.screenshot(`team-beheer-${tab.toLowerCase().replace(' ', '-')}`)
    await app.expectAccessible()
  }

  // B may not change team-wide settings: read-only views with one line of explanation.
  await teamB.openBeheer('Adviseurs')
  await expect(b.getByText('Collega’s zijn de accounts op de teamserver')).toBeVisible()
  await expect(b.getByRole('button', { name: 'Collega toevoegen' })).toBeHidden()
  await expect(b.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: 'Team beheren' })).toHaveCount(0)
  await teamB.openBeheer('Briefpapier')
  await expect(b.getByRole('heading', { name: 'Briefpapier' })).toBeVisible()
  await expect(b.getByRole('button', { name: 'Briefpapier opslaan' })).toBeHidden()
  await app2.screenshot('team-beheer-adviseur')
  await app2.expectAccessible()

  // After signing out the shell offers to sign in again; the work stays on the workstation.
  await teamB.openBeheer('Teamserver')
  await b.getByRole('button', { name: 'Afmelden' }).click()
  await expect(teamB.indicator()).toContainText('Niet aangemeld', { timeout: 30_000 })
  await teamB.indicator().getByRole('button', { name: 'Opnieuw aanmelden' }).click()
  const again = b.getByRole('dialog', { name: 'Opnieuw aanmelden bij de teamserver' })
  await expect(again.getByLabel('Gebruikersnaam')).toHaveValue('b.bakker')
  await app2.screenshot('team-opnieuw-aanmelden')
  await app2.expectAccessible()
  await again.getByLabel(/^Wachtwoord/).fill('bram-zijn-eigen-wachtwoord')
  await again.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(teamB.indicator()).toContainText('Verbonden', { timeout: 20_000 })

  // B's workstation is lost: the beheerder revokes it, and at its next contact its data is wiped.
  await teamA.openBeheerTab('Apparaten')
  await a
    .getByRole('row', { name: /Bureau b\.bakker/ })
    .getByRole('button', { name: 'Intrekken' })
    .click()
  const revoke = a.getByRole('dialog', { name: 'Bureau b.bakker intrekken?' })
  await app.screenshot('team-apparaat-intrekken')
  await app.expectAccessible()
  await revoke.getByRole('button', { name: 'Intrekken' }).click()
  await expect(a.getByRole('row', { name: /Bureau b\.bakker/ })).toContainText('Ingetrokken')
  await expect(b.getByRole('heading', { name: 'Deze werkplek is ingetrokken' })).toBeVisible({ timeout: 30_000 })
  await app2.screenshot('team-ingetrokken')
  await app2.expectAccessible()
})

async function editTelefoon(page: import('@playwright/test').Page, nummer: string) {
  await page.getByRole('tablist', { name: 'Onderdelen van het dossier' }).getByRole('tab', { name: 'Persoon' }).click()
  await page.getByLabel(/^Telefoon/).fill(nummer)
  await page.getByRole('button', { name: 'Persoonsgegevens opslaan' }).click()
  await expect(page.getByText('Persoonsgegevens opgeslagen.')).toBeVisible()
}
