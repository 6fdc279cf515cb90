import { useState } from 'react'
import { REFERENTIE_SOORTEN, type ImportResult, type ReferentieSoort } from '../../../../shared/contracts/referentie.routes'
import { call } from '../../api/client'
import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'
import { FileInput } from '../../components/FileInput'
import { ImportReport, SOORT_LABEL } from './ImportReport'
import { readTextFile } from './readTextFile'
import { parseDutchDate } from '../../../../shared/format/nl'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

const HINT: Record<ReferentieSoort, string> = {
  regios: 'Kolommen zk_code, zorgkantoorregio (bijvoorbeeld zorgkantoorregios_2025.csv)',
  gemeenten: 'Kolommen gemeentecode, gemeentenaam, provincie, zk_code',
  postcodes: 'Kolommen pc4, plaats, gemeentecode, lat, lon',
}

/**
 * Imports the three reference tables in the required order. Each file is all-or-nothing;
 * a rejected file shows its row-by-row report and stops the run.
 */
export function ReferenceImport({ onImported }: { onImported: () => void }) {
  const [files, setFiles] = useState<Partial<Record<ReferentieSoort, File>>>({})
  const [geldigVanaf, setGeldigVanaf] = useState('2025-01-01')
  const [busy, setBusy] = useState<ReferentieSoort | null>(null)
  const [results, setResults] = useState<ImportResult[]>([])
  const action = useAction()

  async function importAll() {
    setResults([])
    const done: ImportResult[] = []
    await action.run(async () => {
      for (const soort of REFERENTIE_SOORTEN) {
        const file = files[soort]
        if (!file) continue
        setBusy(soort)
        const result = await call('referentie.import', { soort, geldigVanaf, bestandsnaam: file.name, inhoud: await readTextFile(file) })
        done.push(result)
        setResults([...done])
        if (result.status === 'rejected') break
      }
      if (done.some((r) => r.status === 'imported')) onImported()
    })
    setBusy(null)
  }

  const chosen = REFERENTIE_SOORTEN.filter((s) => files[s])
  return (
    <div className="reference-import">
      <Field label="Geldig vanaf" required hint="De datum vanaf wanneer deze indeling geldt, meestal 1 januari.">
        {(a) => <DateInput {...a} value={geldigVanaf} onChange={setGeldigVanaf} />}
      </Field>
      {REFERENTIE_SOORTEN.map((soort) => (
        <Field key={soort} label={SOORT_LABEL[soort]} hint={HINT[soort]}>
          {(a) => (
            <FileInput
              id={a.id}
              aria-describedby={a['aria-describedby']}
              accept=".csv,text/csv"
              data-soort={soort}
              onFile={(file) => setFiles((f) => ({ ...f, [soort]: file }))}
            />
          )}
        </Field>
      ))}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!chosen.length || busy !== null || !parseDutchDate(geldigVanaf)}
          onClick={importAll}
        >
          {busy ? `Bezig met ${SOORT_LABEL[busy].toLowerCase()}…` : 'Importeren'}
        </button>
        <span className="muted">Volgorde: eerst regio's, dan gemeenten, dan postcodes.</span>
      </div>
      <div aria-live="polite">
        {results.map((r) => (
          <ImportReport key={r.soort} result={r} />
        ))}
      </div>
      <ErrorAlert message={action.error} />
    </div>
  )
}
