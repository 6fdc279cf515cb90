import { useRoute } from '../../api/useRoute'
import { DataTable, TableScroll } from '../../components/DataTable'
import { BEDRAG_SOORT_LABEL } from '../../../../shared/domain/plannen/bedragen'
import { zorgprofiel } from '../../../../shared/domain/zorgprofielen'
import { useBedragenGewijzigd } from './bedragenGewijzigd'

const STATUS = { ontbreekt: 'Ontbreekt', ongeverifieerd: 'Niet geverifieerd' } as const

/** "2027: Maximumtarief … is niet geverifieerd: alleen het bedrag uit 2024 …" → the part after the label. */
function toelichting(melding: string): string {
  const t = melding.replace(/^\d{4}: /, '')
  const i = t.indexOf(': ')
  return i === -1 ? t : t.charAt(i + 2).toLocaleUpperCase('nl-NL') + t.slice(i + 3)
}

/**
 * Beheer › Bedragen per jaar: for every year in use (the budgetplannen's years, this year and the
 * next), which amounts the budget checks need are missing or not verified for that year. A blocking
 * check on such an amount is "niet te beoordelen" and stops vaststellen until it is filled in or
 * overridden with a reason.
 */
export function BedragenPerJaarSection() {
  const signalen = useRoute('bedragen.overzicht', {})
  useBedragenGewijzigd(signalen.reload)
  const rows = signalen.data ?? []
  return (
    <section className="card" aria-labelledby="beheer-bedragen-jaar">
      <h2 id="beheer-bedragen-jaar">Bedragen per jaar</h2>
      <p className="hint">
        Wat de controles van budgetplannen per jaar nodig hebben. Vanaf 2025 is het pgb op maat: dan tellen de maximumtarieven, niet meer
        een budget per zorgprofiel.
      </p>
      {signalen.data && rows.length === 0 && (
        <p className="alert alert-ok">Voor elk jaar in gebruik staan geverifieerde bedragen in de tabel.</p>
      )}
      {rows.length > 0 && (
        <TableScroll label="Ontbrekende en niet-geverifieerde bedragen per jaar">
          <DataTable
            caption="Ontbrekende en niet-geverifieerde bedragen per jaar"
            captionHidden
            className="compact"
            rows={rows}
            rowKey={(r) => `${r.jaar}-${r.soort}-${r.sleutel}`}
            columns={[
              { header: 'Jaar', cell: (r) => r.jaar, rowHeader: true },
              {
                header: 'Bedrag',
                cell: (r) => `${BEDRAG_SOORT_LABEL[r.soort]}${r.sleutel ? ` — ${zorgprofiel(r.sleutel)?.kort ?? r.sleutel}` : ''}`,
              },
              { header: 'Status', cell: (r) => <strong>{STATUS[r.status]}</strong> },
              { header: 'Toelichting', cell: (r) => toelichting(r.melding) },
            ]}
          />
        </TableScroll>
      )}
    </section>
  )
}
