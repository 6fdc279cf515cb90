import { afterEach, describe, expect, it } from 'vitest'
import { testBackend, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'
import { conceptBudgetplan } from './helpers/budgetplan'

// Issue 12 through the routes: the Algemene termijnenwet calendar kept in Beheer (Atw art. 3 lid 3)
// moves the tasks; a bad decree is refused row by row and nothing is stored. Fictitious data only.
let b: TestBackend
afterEach(() => b.dispose())

const taak = (clientId: number) =>
  b
    .db!.prepare(`SELECT deadline, toelichting FROM taak WHERE client_id = ? AND regel = 'beslistermijn' AND status = 'open'`)
    .get(clientId) as {
    deadline: string
    toelichting: string
  }
const dagen = () => b.db!.prepare('SELECT count(*) FROM gelijkgestelde_dag').pluck().get() as number
const KB_2027 = 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028'

describe('a term ending in a week with two feestdagen and a gelijkgestelde dag', () => {
  it('moves from Wednesday 5 May 2027 to Monday 10 May, says why, and follows the decree table', async () => {
    b = testBackend({ today: '2027-03-30' })
    const { client } = await clientWithIndicatie(b)
    // Six weeks after 24 March 2027 is Wednesday 5 May (Bevrijdingsdag); Thursday 6 May is
    // Hemelvaartsdag, Friday 7 May gelijkgesteld by decree, then the weekend.
    await b.ok('aanvragen.create', { clientId: client.id, soort: 'pgb', ontvangenOp: '2027-03-24', termijnWeken: 6 })
    expect(taak(client.id)).toEqual({
      deadline: '2027-05-10',
      toelichting: expect.stringContaining(
        'Verschoven van woensdag 5 mei 2027 (Bevrijdingsdag), donderdag 6 mei (Hemelvaartsdag), vrijdag 7 mei (gelijkgestelde dag), zaterdag, zondag naar maandag 10 mei 2027',
      ),
    })

    // Without the decree's day the term ends on Friday 7 May; the open task moves at once.
    const rij = (await b.ok('termijnen.gelijkgesteld.list', {})).find((r) => r.datum === '2027-05-07')!
    expect(rij).toMatchObject({ geverifieerd: false, besluit: expect.stringContaining(KB_2027) })
    await b.ok('termijnen.gelijkgesteld.delete', { id: rij.id, version: rij.version })
    expect(taak(client.id).deadline).toBe('2027-05-07')
    expect(taak(client.id).toelichting).not.toContain('gelijkgestelde dag')

    // Entered again (now verified): the deadline is Monday 10 May again.
    await b.ok('termijnen.gelijkgesteld.create', { datum: '2027-05-07', besluit: rij.besluit, bron: 'Stb. (fictief)', geverifieerd: true })
    expect(taak(client.id).deadline).toBe('2027-05-10')
    const log = b.db!.prepare(`SELECT event FROM audit_log WHERE event LIKE 'gelijkgestelde_dag.%' ORDER BY id`).pluck().all()
    expect(log).toEqual(['gelijkgestelde_dag.delete', 'gelijkgestelde_dag.create'])
  })
})

describe('a decree table with bad rows', () => {
  it('refuses a duplicate, a weekend date and a statutory feestdag with a Dutch message per row, and stores nothing', async () => {
    b = testBackend()
    const before = dagen()
    const besluit = 'Besluit gelijkstelling van 2029 (fictief)'
    const r = await b.call('termijnen.gelijkgesteld.import', {
      rijen: [
        { datum: '11-05-2029', besluit, bron: 'Stb. (fictief)' },
        { datum: '2029-05-12', besluit, bron: 'Stb. (fictief)' },
        { datum: '2029-05-11', besluit, bron: 'Stb. (fictief)' },
        { datum: '2027-05-07', besluit, bron: 'Stb. (fictief)' },
        { datum: '2029-05-10', besluit, bron: '' },
      ],
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.issues).toEqual([
      {
        path: 'rijen.1.datum',
        message:
          'Regel 2: zaterdag 12 mei 2029 valt in het weekend. Een Koninklijk Besluit stelt alleen werkdagen gelijk met een feestdag; controleer de datum.',
      },
      { path: 'rijen.2.datum', message: 'Regel 3: 11 mei 2029 staat al op regel 1. Elke dag staat maar één keer in de lijst.' },
      {
        path: 'rijen.3.datum',
        message: expect.stringMatching(/^Regel 4: 7 mei 2027 staat al in de tabel \(Besluit gelijkstelling van 2 januari 2026/),
      },
      // Hemelvaartsdag 2029 is itself an erkende feestdag (Atw art. 3 lid 1).
      { path: 'rijen.4.datum', message: expect.stringContaining('Regel 5: 10 mei 2029 is al een erkende feestdag (Hemelvaartsdag') },
      { path: 'rijen.4.bron', message: 'Regel 5: vul de bron in (Staatsblad-nummer of waar het besluit is gelezen).' },
    ])
    expect(dagen()).toBe(before)

    // One row at a time: the message goes to the field, without a row number.
    const weekend = await b.call('termijnen.gelijkgesteld.create', { datum: '2029-05-12', besluit, bron: 'Stb. (fictief)' })
    expect(weekend.ok || weekend.error.issues).toEqual([
      {
        path: 'datum',
        message:
          'Zaterdag 12 mei 2029 valt in het weekend. Een Koninklijk Besluit stelt alleen werkdagen gelijk met een feestdag; controleer de datum.',
      },
    ])
    const crafted = await b.call('termijnen.gelijkgesteld.create', { datum: '2029-02-30', besluit, bron: 'x' })
    expect(crafted.ok).toBe(false)
    expect(dagen()).toBe(before)

    // The good decree in one go: all its days, unverified until someone checks the Staatsblad.
    const ok = await b.ok('termijnen.gelijkgesteld.import', {
      rijen: ['11-05-2029', '31-12-2029'].map((datum) => ({ datum, besluit, bron: 'Stb. (fictief)' })),
    })
    expect(ok).toEqual({ toegevoegd: 2 })
    expect((await b.ok('termijnen.gelijkgesteld.list', {})).filter((x) => x.datum.startsWith('2029'))).toMatchObject([
      { datum: '2029-05-11', geverifieerd: false },
      { datum: '2029-12-31', geverifieerd: false },
    ])
  })
})

describe('a missing decree for a year in use', () => {
  it('is signalled for Beheer until the year has its days', async () => {
    b = testBackend()
    expect(await b.ok('termijnen.besluitOntbreekt', {})).toEqual({ jaren: [], melding: null })
    // A budgetplan for 2029 brings that year into use.
    const { client } = await clientWithIndicatie(b, { ingangsdatum: '2026-01-01' })
    await conceptBudgetplan(b, client.id, { jaar: 2029 })
    const signaal = await b.ok('termijnen.besluitOntbreekt', {})
    expect(signaal.jaren).toEqual([2029])
    expect(signaal.melding).toContain('Voor 2029 staat nog geen besluit gelijkstelling')
    await b.ok('termijnen.gelijkgesteld.create', { datum: '2029-05-11', besluit: 'Besluit gelijkstelling (fictief)', bron: 'fictief' })
    expect((await b.ok('termijnen.besluitOntbreekt', {})).jaren).toEqual([])
  })
})
