import { useState } from 'react'
import { z } from 'zod'
import { GelijkgesteldeDagFields } from '../../../../shared/contracts/termijnen.routes'
import { call } from '../../api/client'
import { checkWith } from '../../api/checkInput'
import { Field } from '../../components/Field'
import { FieldIssues } from '../../components/FieldIssues'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'

const BesluitFormSchema = z.object({
  besluit: GelijkgesteldeDagFields.besluit,
  bron: GelijkgesteldeDagFields.bron,
  dagen: z.array(z.string()).min(1, 'Vul minstens één datum in, één per regel.'),
})

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
  // Main's messages per line of the decree; the form's own fields show theirs under the field.
  const regelFouten = action.issues.filter((i) => i.path.startsWith('rijen'))
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
        void action.run(async () => {
          // The form's own fields all at once; the days themselves are checked line by line in main.
          const v = checkWith(BesluitFormSchema, { besluit, bron, dagen: regels })
          const rijen = v.dagen.map((datum) => ({ datum, besluit: v.besluit, bron: v.bron }))
          const r = await call('termijnen.gelijkgesteld.import', { rijen })
          notify(`${r.toegevoegd} ${r.toegevoegd === 1 ? 'dag' : 'dagen'} van het besluit toegevoegd.`)
          setDagen('')
          onImported()
        })
      }}
    >
      <FieldIssues issues={action.issues}>
        <div className="form-grid">
          <Field label="Titel van het besluit" name="besluit" required>
            {(a) => <input {...a} maxLength={300} value={besluit} onChange={(e) => setBesluit(e.target.value)} />}
          </Field>
          <Field label="Bron van het besluit" name="bron" required hint="Het Staatsblad-nummer, of waar u het besluit las.">
            {(a) => <input {...a} maxLength={300} value={bron} onChange={(e) => setBron(e.target.value)} />}
          </Field>
          <Field label="Dagen van het besluit" name="dagen" required hint="Eén datum per regel, als dd-mm-jjjj.">
            {(a) => <textarea {...a} rows={5} value={dagen} onChange={(e) => setDagen(e.target.value)} />}
          </Field>
        </div>
      </FieldIssues>
      {action.error && (
        <div className="alert alert-error" role="alert">
          <p>
            {regelFouten.length > 1
              ? `Het besluit is niet opgeslagen; er is niets veranderd. Verbeter deze ${regelFouten.length} punten:`
              : action.error}
          </p>
          {regelFouten.length > 1 && (
            <ul>
              {regelFouten.map((i) => (
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
