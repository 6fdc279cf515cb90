import { BENCH_SENDER, openBench } from './generate'
import { msFigure as fig, time, type Figure } from './stats'
import type { RouteInput } from '../src/shared/contracts/catalog'

/** Issue 3 service figures through the real router (zod in and out included). */
export async function caseloadFigures(dataDir: string, size: string): Promise<Figure[]> {
  const b = openBench(dataDir)
  await b.integrityDone
  const run = (input: RouteInput<'caseload.query'>) => () => b.dispatch(BENCH_SENDER, 'caseload.query', input)
  const page = '≤ 5 ms p95'
  const out: Figure[] = [
    fig('caseload: mijn caseload, eerste 100', size, await time(100, run({})), page),
    fig('caseload: alle, op naam, eerste 100', size, await time(100, run({ filter: { adviseur: 'alle' } })), page),
    fig(
      'caseload: alle, op termijn',
      size,
      await time(100, run({ filter: { adviseur: 'alle' }, sort: { kolom: 'deadline', richting: 'asc' } })),
      page,
    ),
    fig('caseload: alle, signaal te laat', size, await time(100, run({ filter: { adviseur: 'alle', signalen: ['te_laat'] } })), page),
    fig(
      'caseload: alle, pgb + sector VV',
      size,
      await time(100, run({ filter: { adviseur: 'alle', leveringsvormen: ['pgb'], sectoren: ['VV'] } })),
      page,
    ),
  ]
  const names = ['jans', 'berg', 'muller', 'van dyk', 'anna', 'vries', 'dekk', 'zzz', 'pieter bos', 'ozt']
  out.push(
    fig(
      'zoeken: naam (trigram), alle',
      size,
      await time(100, (i) => run({ zoek: names[i % names.length]!, filter: { adviseur: 'alle' } })()),
      '≤ 5 ms p95',
    ),
  )
  const some = b.db!.prepare('SELECT bsn, substr(postcode, 1, 4) AS pc FROM client WHERE id % 997 = 1').all() as Array<{
    bsn: string
    pc: string
  }>
  out.push(
    fig(
      'zoeken: postcode, alle',
      size,
      await time(100, (i) => run({ zoek: some[i % some.length]!.pc, filter: { adviseur: 'alle' } })()),
      '≤ 5 ms p95',
    ),
  )
  out.push(
    fig(
      'zoeken: BSN, alle',
      size,
      await time(100, (i) => run({ zoek: some[i % some.length]!.bsn, filter: { adviseur: 'alle' } })()),
      '≤ 5 ms p95',
    ),
  )
  const max = b.db!.prepare('SELECT max(id) FROM client').pluck().get() as number
  out.push(
    fig(
      'dossier: laden (incl. leesaudit)',
      size,
      await time(100, (i) => b.dispatch(BENCH_SENDER, 'dossier.get', { clientId: 1 + ((i * 7919) % max) })),
      '≤ 10 ms p95',
    ),
  )
  b.close()
  return out
}
