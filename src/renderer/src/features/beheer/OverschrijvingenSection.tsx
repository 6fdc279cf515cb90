import { useRoute } from '../../api/useRoute'
import { DataTable, TableScroll } from '../../components/DataTable'
import { formatDate } from '../../../../shared/format/nl'
import { CONTROLE_LABEL } from '../../../../shared/domain/plannen/overschrijving'
import { planHref } from '../plannen/links'

/**
 * Beheer › Overschreven controles: every blocking budget check an adviser let pass with a reason
 * because the app could not judge it (beoordeling.ts), newest first. Read only; looking is logged.
 */
export function OverschrijvingenSection() {
  const list = useRoute('plannen.overschrijvingen', {})
  const rows = list.data ?? []
  return (
    <section className="card" aria-labelledby="beheer-overschrijvingen">
      <h2 id="beheer-overschrijvingen">Overschreven controles</h2>
      <p className="hint">
        Controles van budgetplannen die de app niet kon beoordelen, en die een adviseur met een reden heeft laten passeren. De nieuwste
        staan bovenaan.
      </p>
      {list.data && rows.length === 0 && <p className="muted">Er zijn nog geen controles overschreven.</p>}
      {rows.length > 0 && (
        <TableScroll label="Lijst van overschreven controles">
          <DataTable
            caption="Overschreven controles"
            captionHidden
            className="compact"
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Datum', cell: (r) => formatDate(r.createdAt.slice(0, 10)) },
              { header: 'Cliënt', cell: (r) => r.clientNaam },
              { header: 'Plan', cell: (r) => <a href={planHref(r.planId)}>{`${r.planTitel}, versie ${r.versie}`}</a> },
              { header: 'Controle', cell: (r) => CONTROLE_LABEL[r.code] ?? r.code },
              { header: 'Reden', cell: (r) => r.reden },
              { header: 'Adviseur', cell: (r) => r.adviseur ?? '—' },
            ]}
          />
        </TableScroll>
      )}
    </section>
  )
}
