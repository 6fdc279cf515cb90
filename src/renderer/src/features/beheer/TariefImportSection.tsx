import { useState } from 'react'
import { call, UserError } from '../../api/client'
import { DataTable, TableScroll } from '../../components/DataTable'
import { DateInput } from '../../components/DateInput'
import { Field } from '../../components/Field'
import { FileInput } from '../../components/FileInput'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import { meldBedragenGewijzigd } from './bedragenGewijzigd'
import { readTextFile } from './readTextFile'

/** 2 MB, as the route allows: a tariff table has a few hundred rows at most. */
const MAX_BYTES = 2_000_000

/**
 * Beheer › Tarieven importeren: a table of dated amounts (maximum tariffs, budgets) from a CSV as a
 * Dutch spreadsheet saves it, all rows or none. A refused file lists every faulty line.
 */
export function TariefImportSection() {
  const [file, setFile] = useState<File | undefined>()
  const [geldigVanaf, setGeldigVanaf] = useState('')
  const action = useAction()
  const notify = useToast()
  const fouten = action.issues
    .filter((i) => i.path.startsWith('regel.'))
    .map((i) => {
      const [, regel, kolom] = i.path.split('.')
      return { regel: Number(regel), kolom: kolom ?? '—', melding: i.message.replace(/^Regel \d+: /, '') }
    })

  const importeer = () =>
    action.run(async () => {
      if (!file) throw new UserError('Kies eerst een CSV-bestand.')
      if (file.size > MAX_BYTES) throw new UserError('Dit bestand is te groot (hoogstens 2 MB).')
      const inhoud = await readTextFile(file)
      const r = await call('bedragen.importCsv', { bestandsnaam: file.name, inhoud, geldigVanaf: geldigVanaf || null })
      notify(`${r.toegevoegd} ${r.toegevoegd === 1 ? 'bedrag' : 'bedragen'} ingelezen uit ${file.name}.`)
      meldBedragenGewijzigd()
    })

  return (
    <section className="card" aria-labelledby="beheer-tarieven-import">
      <h2 id="beheer-tarieven-import">Tarieven importeren</h2>
      <p className="hint" id="tarieven-kolommen">
        Een CSV-bestand met de kolommen soort; zorgprofiel; geldig_vanaf; bedrag; geverifieerd; bron. Bedragen met een komma (77,00), datums
        als dd-mm-jjjj. Soort: formeel, informeel, dagdeel, budget, verblijf of wooninitiatief. Alle regels worden ingelezen, of geen
        enkele.
      </p>
      <div className="field-row">
        <Field label="CSV-bestand" required>
          {(a) => <FileInput id={a.id} accept=".csv,.txt,text/csv" aria-describedby="tarieven-kolommen" onFile={setFile} />}
        </Field>
        <Field label="Geldig vanaf" hint="Alleen nodig als het bestand geen kolom geldig_vanaf heeft.">
          {(a) => <DateInput {...a} value={geldigVanaf} onChange={setGeldigVanaf} />}
        </Field>
      </div>
      {action.error && (
        <p className="alert alert-error" role="alert">
          {fouten.length
            ? `Het bestand is niet ingelezen; er is niets opgeslagen. ${fouten.length} ${fouten.length === 1 ? 'fout' : 'fouten'}:`
            : action.error}
        </p>
      )}
      {fouten.length > 0 && (
        <TableScroll label="Fouten in het bestand">
          <DataTable
            caption="Fouten in het bestand"
            captionHidden
            className="compact"
            rows={fouten}
            rowKey={(_, i) => i}
            columns={[
              { header: 'Regel', cell: (f) => f.regel },
              { header: 'Kolom', cell: (f) => f.kolom },
              { header: 'Melding', cell: (f) => f.melding },
            ]}
          />
        </TableScroll>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={action.busy} onClick={() => void importeer()}>
          Tarieven importeren
        </button>
      </div>
    </section>
  )
}
