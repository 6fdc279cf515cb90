import { useState } from 'react'
import { call } from '../../api/client'
import { Field } from '../../components/Field'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'

/**
 * A new decree of gelijkstelling (Atw art. 3 lid 3, every three years) in one go: its title, its
 * source and its days, one per line as the decree names them. All days or none; every message
 * names its line. The days come in unverified until someone checks the Staatsblad.
 */
export function BesluitImport({ onImported }: { onImported: () => void }) {
  const [besluit, setBesluit] = useState('')
  const [bron, setBron] = useState('')
  const [dagen, setDagen] = useState('')
  const action = useAction()
  const notify = useToast()
  const regels = dagen
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter(Boolean)
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!regels.length) return action.setError('Vul minstens één datum in, één per regel.')
        void action.run(async () => {
          const r = await call('termijnen.gelijkgesteld.import', { rijen: regels.map((datum) => ({ datum, besluit, bron })) })
          notify(`${r.toegevoegd} ${r.toegevoegd === 1 ? 'dag' : 'dagen'} van het besluit toegevoegd.`)
          setDagen('')
          onImported()
        })
      }}
    >
      <div className="form-grid">
        <Field label="Titel van het besluit" required>
          {(a) => <input {...a} maxLength={300} value={besluit} onChange={(e) => setBesluit(e.target.value)} />}
        </Field>
        <Field label="Bron van het besluit" required hint="Het Staatsblad-nummer, of waar u het besluit las.">
          {(a) => <input {...a} maxLength={300} value={bron} onChange={(e) => setBron(e.target.value)} />}
        </Field>
        <Field label="Dagen van het besluit" required hint="Eén datum per regel, als dd-mm-jjjj.">
          {(a) => <textarea {...a} rows={5} value={dagen} onChange={(e) => setDagen(e.target.value)} />}
        </Field>
      </div>
      {action.error && (
        <div className="alert alert-error" role="alert">
          <p>
            {action.issues.length > 1
              ? `Het besluit is niet opgeslagen; er is niets veranderd. Verbeter deze ${action.issues.length} punten:`
              : action.error}
          </p>
          {action.issues.length > 1 && (
            <ul>
              {action.issues.map((i) => (
                <li key={`${i.path}-${i.message}`}>{i.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          Besluit importeren ({regels.length} {regels.length === 1 ? 'dag' : 'dagen'})
        </button>
      </div>
    </form>
  )
}
