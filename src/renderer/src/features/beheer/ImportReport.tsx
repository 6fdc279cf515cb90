import { ImportFoutenTabel } from '../../components/ImportFoutenTabel'
import type { ImportResult } from '../../../../shared/contracts/referentie.routes'

const SOORT_LABEL = { regios: "Zorgkantoorregio's", gemeenten: 'Gemeenten', postcodes: 'Postcodes (PC4)' } as const

/** The outcome of one import: a count, or the row-by-row list of what must be fixed. */
export function ImportReport({ result }: { result: ImportResult }) {
  if (result.status === 'imported') {
    return (
      <p className="alert alert-ok" role="status">
        {SOORT_LABEL[result.soort]}: {result.rijen} rijen geïmporteerd.
      </p>
    )
  }
  return (
    <div className="alert alert-error" role="alert">
      <p>
        <strong>{SOORT_LABEL[result.soort]}: niets geïmporteerd.</strong> Het bestand bevat {result.aantalFouten}{' '}
        {result.aantalFouten === 1 ? 'fout' : 'fouten'}. Verbeter het bestand en importeer het opnieuw.
        {result.aantalFouten > result.fouten.length && ` Hieronder staan de eerste ${result.fouten.length}.`}
      </p>
      <ImportFoutenTabel fouten={result.fouten} label={`Fouten in ${SOORT_LABEL[result.soort]}`} />
    </div>
  )
}

export { SOORT_LABEL }
