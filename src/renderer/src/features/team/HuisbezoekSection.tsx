import { useState } from 'react'
import type { HuisbezoekMark } from '../../../../shared/contracts/huisbezoek.routes'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useTeam } from '../../api/team'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import { tijdstip } from '../beheer/teamserver/syncTekst'

/**
 * "Mee op huisbezoek" in the dossier (team mode only): which laptops hold this dossier for a home
 * visit, by whom and since when, as every colleague sees it; take it along on this workstation or one
 * of the adviser's own laptops, or bring it back.
 */
export function HuisbezoekSection({ clientId }: { clientId: number }) {
  const team = useTeam()
  const marks = useRoute('huisbezoek.list', { clientId }, team === null)
  const [kiezen, setKiezen] = useState(false)
  const action = useAction()
  const notify = useToast()
  if (!team || !marks.data) return null

  const terug = (m: HuisbezoekMark) =>
    action.run(async () => {
      await call('huisbezoek.terugzetten', { clientId, apparaatId: m.apparaatId })
      notify(`Het dossier is terug van ${m.apparaatNaam}.`)
      marks.reload()
    })

  return (
    <section className="huisbezoek" aria-labelledby="huisbezoek-title">
      <h2 id="huisbezoek-title">Mee op huisbezoek</h2>
      {marks.data.length === 0 ? (
        <p className="muted">Dit dossier staat niet op een laptop voor huisbezoek.</p>
      ) : (
        <ul>
          {marks.data.map((m) => (
            <li key={m.apparaatId}>
              <strong>{m.apparaatNaam}</strong>
              {m.ditApparaat && ' (deze werkplek)'} · {m.adviseurNaam ?? 'onbekende adviseur'} · sinds {tijdstip(m.sinds)}{' '}
              <ConfirmButton
                className="link-button"
                label={`Terugzetten van ${m.apparaatNaam}`}
                title="Dossier terugzetten?"
                confirmLabel="Terugzetten"
                onConfirm={() => terug(m)}
              >
                <p>
                  Het dossier gaat niet meer mee op huisbezoek met <strong>{m.apparaatNaam}</strong>. Een laptop voor huisbezoeken
                  verwijdert het bij de volgende synchronisatie; wat daar nog niet verstuurd is, wordt eerst verstuurd.
                </p>
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setKiezen(true)}>
        Meenemen op huisbezoek…
      </button>
      <ErrorAlert message={action.error} />
      {kiezen && (
        <MeenemenDialog
          clientId={clientId}
          onClose={() => setKiezen(false)}
          onDone={(naam) => {
            setKiezen(false)
            notify(`Het dossier gaat mee op huisbezoek met ${naam}.`)
            marks.reload()
          }}
        />
      )}
    </section>
  )
}

function MeenemenDialog(props: { clientId: number; onClose: () => void; onDone: (naam: string) => void }) {
  const apparaten = useRoute('huisbezoek.apparaten', {})
  const [gekozen, setGekozen] = useState<string | null>(null)
  const action = useAction()
  const lijst = apparaten.data ?? []
  const keuze = gekozen ?? lijst.find((a) => a.ditApparaat)?.id ?? null
  const meenemen = () =>
    action.run(async () => {
      const a = lijst.find((x) => x.id === keuze)
      if (!a) return
      await call('huisbezoek.meenemen', { clientId: props.clientId, apparaatId: a.id })
      props.onDone(a.naam)
    })
  return (
    <Modal open title="Mee op huisbezoek" onClose={props.onClose}>
      <div className="form">
        {!apparaten.data && <p role="status">{apparaten.error ?? 'Uw apparaten worden opgehaald…'}</p>}
        {apparaten.data && (
          <fieldset className="radio-group stacked">
            <legend>Op welk apparaat gaat het dossier mee?</legend>
            {lijst.map((a) => (
              <label key={a.id}>
                <input type="radio" name="apparaat" checked={keuze === a.id} onChange={() => setGekozen(a.id)} /> {a.naam}
                {a.ditApparaat ? ' (deze werkplek)' : ''} · {a.scope === 'huisbezoek' ? 'laptop voor huisbezoeken' : 'bureauwerkplek'}
              </label>
            ))}
          </fieldset>
        )}
        <p className="hint">Collega’s zien dat het dossier mee is, op welk apparaat en sinds wanneer.</p>
        <ErrorAlert message={action.error} />
        <div className="actions">
          <button type="button" className="primary" disabled={!keuze || action.busy} onClick={() => void meenemen()}>
            {action.busy ? 'Bezig…' : 'Meenemen'}
          </button>
          <button type="button" onClick={props.onClose}>
            Annuleren
          </button>
        </div>
      </div>
    </Modal>
  )
}
