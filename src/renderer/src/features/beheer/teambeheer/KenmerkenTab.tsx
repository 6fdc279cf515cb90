import { useState } from 'react'
import { formatDateTime } from '../../../../../shared/format/nl'
import { todayInNl } from '../../../../../shared/domain/dates'
import { useRoute } from '../../../api/useRoute'
import { DataTable } from '../../../components/DataTable'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { Field } from '../../../components/Field'

const reeks = (van: number, tot: number) => (van === tot ? String(van) : `${van} t/m ${tot}`)

/**
 * The kenmerk series of a year: how far numbers were handed out, how many carry a letter, and every
 * gap with its explanation (a block still on a device, or numbers reported back unused).
 */
export function KenmerkenTab() {
  const [jaar, setJaar] = useState(() => todayInNl().slice(0, 4))
  const geldig = /^\d{4}$/.test(jaar) && Number(jaar) >= 2000 && Number(jaar) <= 2100
  const report = useRoute('teambeheer.kenmerken', { jaar: geldig ? Number(jaar) : 2000 }, geldig)
  const r = geldig ? report.data : undefined
  return (
    <>
      <Field label="Jaar" required {...(!geldig ? { error: 'Vul een jaar in tussen 2000 en 2100.' } : {})}>
        {(a) => <input {...a} className="jaar" inputMode="numeric" value={jaar} onChange={(e) => setJaar(e.target.value)} maxLength={4} />}
      </Field>
      <ErrorAlert message={geldig ? report.error : null} />
      {r && (
        <>
          <p>
            In {r.jaar} zijn kenmerken uitgegeven tot en met nummer <strong>{r.uitgegevenTot.toLocaleString('nl-NL')}</strong>;{' '}
            <strong>{r.gebruikt.toLocaleString('nl-NL')}</strong> daarvan staan op een brief.
          </p>
          {r.gaten.length === 0 ? (
            <p className="muted">Geen gaten in de reeks van {r.jaar}.</p>
          ) : (
            <DataTable
              caption={`Gaten in de kenmerkreeks van ${r.jaar}`}
              className="compact"
              rows={r.gaten}
              rowKey={(g) => `${g.van}-${g.tot}`}
              columns={[
                { header: 'Nummers', cell: (g) => reeks(g.van, g.tot), rowHeader: true },
                { header: 'Stand', cell: (g) => (g.status === 'open' ? 'Nog op het apparaat' : 'Ongebruikt teruggemeld') },
                { header: 'Apparaat', cell: (g) => g.deviceNaam },
                { header: 'Uitgegeven', cell: (g) => formatDateTime(g.uitgegevenOp) },
                { header: 'Uitleg', cell: (g) => g.uitleg },
              ]}
            />
          )}
        </>
      )}
    </>
  )
}
