import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useToast } from '../../components/Toast'
import { ConfirmButton } from '../../components/ConfirmButton'
import { DateInput } from '../../components/DateInput'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { downloadPdf } from '../../print/downloadPdf'
import { printPdf } from '../../print/printPdf'
import type { BriefDetail } from '../../../../shared/contracts/brieven.routes'
import { SOORT_INFO } from '../../../../shared/domain/brieven/soorten'
import { formatDateLong } from '../../../../shared/format/nl'
import { GegevensVelden } from './GegevensVelden'
import { BriefVoorbeeld } from './BriefVoorbeeld'

/** One letter: its data and free paragraphs (concept), the preview, and finalising, printing, sending. */
export function BriefEditor({ id, onOpen, onClose }: { id: number; onOpen: (id: number) => void; onClose: () => void }) {
  const { data, error } = useRoute('brieven.get', { id })
  // The answer of the latest action wins over the first read.
  const [latest, setBrief] = useState<BriefDetail | null>(null)
  const brief = latest ?? data ?? null
  if (error) return <ErrorAlert message={error} />
  if (!brief) return <p className="muted">Brief laden…</p>
  return <Editor key={`${brief.id}-${brief.version}`} brief={brief} onChange={setBrief} onOpen={onOpen} onClose={onClose} />
}

function Editor(props: { brief: BriefDetail; onChange: (b: BriefDetail) => void; onOpen: (id: number) => void; onClose: () => void }) {
  const { brief } = props
  const notify = useToast()
  const [gegevens, setGegevens] = useState(brief.gegevens)
  const [vrijeTekst, setVrijeTekst] = useState(brief.vrijeTekst)
  const [verzondenOp, setVerzondenOp] = useState('')
  const action = useAction()
  const busy = action.busy
  // A refusal names the fields it is about; issues about the letter as a whole are listed.
  const fieldErrors = Object.fromEntries(action.issues.map((i) => [i.path, i.message]))
  const briefIssues = action.issues.filter((i) => i.path === 'brief').map((i) => i.message)
  const concept = brief.status === 'concept'
  const dirty =
    JSON.stringify(gegevens) !== JSON.stringify(brief.gegevens) || JSON.stringify(vrijeTekst) !== JSON.stringify(brief.vrijeTekst)

  function run<T>(fn: () => Promise<T>, done?: (r: T) => void) {
    return action.run(async () => done?.(await fn()))
  }
  const save = () =>
    run(
      () => call('brieven.update', { id: brief.id, version: brief.version, gegevens, vrijeTekst }),
      (b) => (props.onChange(b), notify('Concept opgeslagen.')),
    )

  return (
    <section className="brief-editor" aria-labelledby="brief-titel">
      <div className="brief-editor-kop">
        <div>
          <h2 id="brief-titel">
            {SOORT_INFO[brief.soort].label} — {brief.clientNaam}
          </h2>
          <p className="muted">
            {concept
              ? 'Concept: u kunt de gegevens en de eigen tekst nog aanpassen.'
              : `Definitief op ${formatDateLong(brief.datum!)}, kenmerk ${brief.kenmerk}.`}
            {brief.verzondenOp && ` Verzonden op ${formatDateLong(brief.verzondenOp)}.`}
          </p>
        </div>
        <button type="button" className="link-button" onClick={props.onClose}>
          Terug naar de lijst
        </button>
      </div>
      {action.error && (
        <div className="alert alert-error" role="alert">
          <p>{action.error}</p>
          {briefIssues.length > 0 && (
            <ul>
              {briefIssues.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="brief-editor-grid">
        <div className="brief-editor-form">
          {concept ? (
            <>
              <h3>Gegevens voor de brief</h3>
              <GegevensVelden
                soort={brief.soort}
                value={gegevens}
                onChange={setGegevens}
                errors={fieldErrors}
                budgetplan={brief.budgetplan}
              />
              <div className="actions">
                <button type="button" className="primary" disabled={busy || !dirty} onClick={save}>
                  Opslaan
                </button>
                <button
                  type="button"
                  disabled={busy || dirty}
                  onClick={() => run(() => call('brieven.concept', { id: brief.id }), downloadPdf)}
                >
                  Concept-PDF
                </button>
              </div>
              {brief.notities.length > 0 && (
                <div className="alert notities" role="note" aria-label="Let op, voor u">
                  <p>Let op (alleen voor u, komt niet in de brief):</p>
                  <ul>
                    {brief.notities.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </div>
              )}
              {brief.ontbrekend.length > 0 ? (
                <div className="alert alert-warning" role="status">
                  <p>Nog niet compleet. Dit ontbreekt nog:</p>
                  <ul>
                    {brief.ontbrekend.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <ConfirmButton
                  label="Definitief maken"
                  className="primary"
                  title="Brief definitief maken?"
                  confirmLabel="Ja, definitief maken"
                  onConfirm={() =>
                    run(
                      () => call('brieven.finalise', { id: brief.id, version: brief.version }),
                      (b) => (props.onChange(b), notify(`Brief definitief: ${b.kenmerk}.`)),
                    )
                  }
                >
                  <p>De brief krijgt een kenmerk en wordt gearchiveerd. Daarna kunt u niets meer veranderen; alleen een correctie maken.</p>
                  {dirty && <p className="alert alert-warning">U heeft wijzigingen die nog niet zijn opgeslagen. Sla eerst op.</p>}
                </ConfirmButton>
              )}
              <ConfirmButton
                label="Concept verwijderen"
                className="danger"
                title="Concept verwijderen?"
                confirmLabel="Verwijderen"
                onConfirm={() => run(() => call('brieven.delete', { id: brief.id, version: brief.version }), props.onClose)}
              >
                <p>Het concept wordt verwijderd. Dit kan niet ongedaan worden gemaakt.</p>
              </ConfirmButton>
            </>
          ) : (
            <>
              <h3>Archief</h3>
              <dl className="archief">
                <dt>Kenmerk</dt>
                <dd>{brief.kenmerk}</dd>
                <dt>SHA-256</dt>
                <dd className="hash">{brief.sha256}</dd>
                <dt>Sjabloonversie</dt>
                <dd>{brief.templateVersie}</dd>
              </dl>
              <div className="actions">
                <button type="button" className="primary" onClick={() => run(() => call('brieven.pdf', { id: brief.id }), downloadPdf)}>
                  PDF maken
                </button>
                <button
                  type="button"
                  onClick={() =>
                    run(
                      async () => printPdf(await call('brieven.pdf', { id: brief.id })),
                      (r) => r === 'opgeslagen' && notify('De PDF is opgeslagen. Open hem en druk hem af vanuit uw PDF-lezer.'),
                    )
                  }
                >
                  Afdrukken
                </button>
                {brief.gecorrigeerdDoorId ? (
                  <button type="button" onClick={() => props.onOpen(brief.gecorrigeerdDoorId!)}>
                    Correctie openen
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() =>
                      run(
                        () => call('brieven.corrigeer', { id: brief.id }),
                        (b) => props.onOpen(b.id),
                      )
                    }
                  >
                    Correctie maken
                  </button>
                )}
              </div>
              {!brief.verzondenOp && (
                <form
                  className="verzending"
                  onSubmit={(e) => (
                    e.preventDefault(),
                    void run(
                      () => call('brieven.verzonden', { id: brief.id, verzondenOp }),
                      (b) => (props.onChange(b), notify('Verzenddatum vastgelegd.')),
                    )
                  )}
                >
                  <label htmlFor="verzonden-op">Verzonden op</label>
                  <DateInput id="verzonden-op" value={verzondenOp} onChange={setVerzondenOp} />
                  <button type="submit" disabled={busy}>
                    Verzenddatum vastleggen
                  </button>
                  {SOORT_INFO[brief.soort].beschikking && (
                    <p className="hint">Met de verzenddatum begint de bezwaartermijn van zes weken (taak in het dossier).</p>
                  )}
                </form>
              )}
            </>
          )}
        </div>
        <BriefVoorbeeld inhoud={brief.inhoud} vrijeTekst={vrijeTekst} onVrijeTekst={concept ? setVrijeTekst : null} />
      </div>
    </section>
  )
}
