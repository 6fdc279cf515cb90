import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import { insertSql, toParams } from '../../db/rows'
import { updateVersioned } from '../../db/versioned'
import type { Audit } from '../audit/audit'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { ReferentiebedragRij } from '../../../shared/contracts/bedragen.routes'
import { PER_ZORGPROFIEL, type Referentiebedrag } from '../../../shared/domain/plannen/bedragen'
import { zorgprofiel } from '../../../shared/domain/zorgprofielen'

const SELECT = `SELECT id, version, soort, sleutel, geldig_vanaf AS geldigVanaf, bedrag_cent AS bedragCent, geverifieerd, bron FROM referentiebedrag`

/**
 * The dated amounts behind the cost checks (Beheer → Bedragen en tarieven). Amounts are data, not
 * code: a new year or a mid-year change is a new row with its own `geldig vanaf`.
 */
export function createBedragenService(deps: { db: Db; clock: Clock; audit: Audit }) {
  const { db, clock, audit } = deps
  const all = db.prepare(`${SELECT} ORDER BY soort, sleutel, geldig_vanaf`)
  const byId = db.prepare(`${SELECT} WHERE id = ?`)
  const clash = db.prepare('SELECT id FROM referentiebedrag WHERE soort = ? AND sleutel = ? AND geldig_vanaf = ? AND id <> ?').pluck()
  const remove = db.prepare('DELETE FROM referentiebedrag WHERE id = ? AND version = ?')
  let cache: ReferentiebedragRij[] | null = null

  type Row = Omit<ReferentiebedragRij, 'geverifieerd'> & { geverifieerd: number }
  const fromRow = (r: Row): ReferentiebedragRij => ({ ...r, geverifieerd: r.geverifieerd === 1 })

  function list(): ReferentiebedragRij[] {
    cache ??= (all.all() as Row[]).map(fromRow)
    return cache
  }

  function check(f: RouteArgs<'bedragen.create'>, id = 0): void {
    const perProfiel = PER_ZORGPROFIEL.has(f.soort)
    if (perProfiel && !f.sleutel) throw fieldError('sleutel', 'Kies het zorgprofiel waarvoor dit bedrag geldt.')
    if (perProfiel && !zorgprofiel(f.sleutel)) throw fieldError('sleutel', 'Dit zorgprofiel bestaat niet.')
    if (!perProfiel && f.sleutel) throw fieldError('sleutel', 'Dit bedrag geldt voor alle zorgprofielen; laat het zorgprofiel leeg.')
    if (clash.get(f.soort, f.sleutel, f.geldigVanaf, id))
      throw fieldError(
        'geldigVanaf',
        'Er is al een bedrag van deze soort met deze datum. Pas dat bedrag aan of kies een andere datum.',
        'DUPLICATE',
      )
  }

  function toDb(f: RouteArgs<'bedragen.create'>) {
    return {
      soort: f.soort,
      sleutel: f.sleutel,
      geldig_vanaf: f.geldigVanaf,
      bedrag_cent: f.bedragCent,
      geverifieerd: f.geverifieerd ? 1 : 0,
      bron: f.bron,
    }
  }

  function write<T>(event: string, action: 'C' | 'U' | 'D', fn: (now: string) => T): T {
    return db.transaction(() => {
      const result = fn(clock.now().toISOString())
      audit.record({ event, action })
      cache = null
      return result
    })()
  }

  return {
    list,
    /** The rows as the pure check functions take them. */
    rows: (): Referentiebedrag[] => list(),
    create(input: RouteArgs<'bedragen.create'>): ReferentiebedragRij {
      check(input)
      return write('referentiebedrag.create', 'C', (now) => {
        const fields = { ...toDb(input), version: 1, created_at: now, updated_at: now }
        const id = Number(db.prepare(insertSql('referentiebedrag', Object.keys(fields))).run(toParams(fields)).lastInsertRowid)
        return fromRow(byId.get(id) as Row)
      })
    },
    update({ id, version, ...f }: RouteArgs<'bedragen.update'>): ReferentiebedragRij {
      check(f, id)
      return write('referentiebedrag.update', 'U', (now) => {
        updateVersioned(db, 'referentiebedrag', id, version, toDb(f), now, 'Dit bedrag bestaat niet (meer).')
        return fromRow(byId.get(id) as Row)
      })
    },
    delete({ id, version }: RouteArgs<'bedragen.delete'>): { id: number } {
      return write('referentiebedrag.delete', 'D', () => {
        if (remove.run(id, version).changes !== 1)
          throw byId.get(id)
            ? new AppError('CONFLICT', 'Dit bedrag is intussen gewijzigd; laad de lijst opnieuw.')
            : new AppError('NOT_FOUND', 'Dit bedrag bestaat niet (meer).')
        return { id }
      })
    },
  }
}
export type BedragenService = ReturnType<typeof createBedragenService>
