import { aantal } from '../../../../shared/format/nl'
import { useState } from 'react'
import { call } from '../../api/client'
import { FileInput } from '../../components/FileInput'
import { ImportFoutenTabel } from '../../components/ImportFoutenTabel'
import { DataTable, TableScroll } from '../../components/DataTable'
import { useToast } from '../../components/Toast'
import type { RouteOutput } from '../../../../shared/contracts/catalog'
import type { ImportFout } from '../../../../shared/contracts/referentie.routes'
import { IMPORT_VELDEN, IMPORT_VELD_NAMEN, type ImportVeld } from '../../../../shared/domain/aanbieders/importVelden'
import { readBase64 } from './readBase64'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { Voortgang } from './Voortgang'

type Voorbeeld = Exclude<RouteOutput<'aanbieders.importVoorbeeld'>, { status: 'geannuleerd' }>
/** The report shows this many problems; the count above it says how many there are. */
const TOON = 200

/** Import in two steps: choose a file and check the column mapping, then import all rows or none. */
export function ImportWizard({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<{ naam: string; soort: 'csv' | 'xlsx'; base64: string } | null>(null)
  const [voorbeeld, setVoorbeeld] = useState<Voorbeeld | null>(null)
  const [koppeling, setKoppeling] = useState<Partial<Record<ImportVeld, number>>>({})
  const [fouten, setFouten] = useState<ImportFout[] | null>(null)
  const action = useAction()
  const busy = action.busy
  const notify = useToast()

  async function choose(f: File | undefined) {
    action.setError(null)
    setFouten(null)
    setVoorbeeld(null)
    if (!f) return
    await action.run(async () => {
      const read = await readBase64(f)
      const v = await call('aanbieders.importVoorbeeld', { bestandsnaam: f.name, ...read })
      if ('status' in v) return notify('Het lezen van het bestand is geannuleerd.')
      setFile({ naam: f.name, ...read })
      setVoorbeeld(v)
      setKoppeling(v.koppeling as Partial<Record<ImportVeld, number>>)
      // A CSV that cannot be read as a table: the report now, before anyone maps columns for nothing.
      if (v.fouten.length) setFouten(v.fouten)
    })
  }

  async function importeer() {
    if (!file) return
    await action.run(async () => {
      const r = await call('aanbieders.import', { bestandsnaam: file.naam, soort: file.soort, base64: file.base64, koppeling })
      if (r.status === 'fouten') setFouten(r.fouten)
      else if (r.status === 'geannuleerd') notify('De import is geannuleerd. Er is niets opgeslagen.')
      else {
        notify(`${r.rijen} locaties verwerkt: ${r.nieuw} nieuw, ${r.bijgewerkt} bijgewerkt, ${r.ongewijzigd} ongewijzigd.`)
        setVoorbeeld(null)
        setFile(null)
        onDone()
      }
    })
  }

  return (
    <section className="card" aria-labelledby="import-title" aria-busy={busy}>
      <h2 id="import-title">Aanbieders importeren</h2>
      <p className="hint">
        CSV (UTF-8 of Windows-1252, gescheiden door ; of ,) of Excel (.xlsx), hoogstens 20 MB. Alle regels worden geïmporteerd, of geen
        enkele.
      </p>
      <label htmlFor="aanbieders-bestand">Bestand</label>
      <FileInput id="aanbieders-bestand" accept=".csv,.txt,.xlsx" onFile={(f) => void choose(f)} />
      <ErrorAlert message={action.error} />
      {busy && <Voortgang taak="import" />}
      {voorbeeld?.meldingen.map((m) => (
        <p key={m} className="alert alert-info">
          {m}
        </p>
      ))}
      {voorbeeld && !voorbeeld.fouten.length && (
        <>
          <p>
            {voorbeeld.rijen} regels gelezen ({voorbeeld.codering}). Controleer welke kolom bij welk gegeven hoort.
          </p>
          <div className="form-grid koppeling">
            {IMPORT_VELD_NAMEN.map((veld) => (
              <label key={veld} className="field">
                <span>
                  {IMPORT_VELDEN[veld].label}
                  {IMPORT_VELDEN[veld].verplicht ? ' *' : ''}
                </span>
                <select
                  value={koppeling[veld] ?? ''}
                  onChange={(e) => setKoppeling((k) => ({ ...k, [veld]: e.target.value === '' ? undefined : Number(e.target.value) }))}
                >
                  <option value="">— niet gebruiken —</option>
                  {voorbeeld.kopjes.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `kolom ${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <TableScroll label="Eerste regels van het bestand">
            <DataTable
              caption="Eerste regels van het bestand"
              rows={voorbeeld.voorbeeld}
              rowKey={(_, i) => i}
              columns={Array.from({ length: Math.max(voorbeeld.kopjes.length, ...voorbeeld.voorbeeld.map((r) => r.length)) }, (_, j) => ({
                header: voorbeeld.kopjes[j] ?? '',
                cell: (r: string[]) => r[j],
              }))}
            />
          </TableScroll>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void importeer()}>
              {busy ? 'Bezig met importeren…' : `${voorbeeld.rijen} regels importeren`}
            </button>
          </div>
        </>
      )}
      {fouten && (
        <div className="alert alert-error" role="alert">
          <p>
            Er is niets geïmporteerd: {aantal(fouten.length, 'probleem', 'problemen')} gevonden. Verbeter het bestand en probeer het
            opnieuw.
            {fouten.length > TOON && ` Hieronder staan de eerste ${TOON}.`}
          </p>
          <ImportFoutenTabel fouten={fouten.slice(0, TOON)} label="Importverslag" />
        </div>
      )}
    </section>
  )
}
