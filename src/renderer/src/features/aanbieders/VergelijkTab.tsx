import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useAction } from '../../components/useAction'
import { downloadPdf } from '../../print/downloadPdf'
import { LOCATIE_LEVERINGSVORMEN, SPECIALISATIES, SPECIALISATIE_LABEL } from '../../../../shared/domain/aanbieders/codes'
import type { Gewichten } from '../../../../shared/domain/aanbieders/weging'
import { formatLeveringsvorm } from '../../../../shared/format/codes'
import { ShortlistTabel } from './ShortlistTabel'
import { WegingEditor } from './WegingEditor'
import { ClientPicker } from './ClientPicker'
import { VergelijkTabel } from './VergelijkTabel'
import { AanmeldForm } from './AanmeldForm'

type Vorm = (typeof LOCATIE_LEVERINGSVORMEN)[number]
type Wensen = { partneropname: boolean; specialisatie: string; levensbeschouwing: string; maxKm: number | null; leveringsvorm: Vorm | null }
const BRON = { wens: 'uw keuze', dossier: 'de zorg die de cliënt nu krijgt', indicatie: 'de Wlz-indicatie' } as const

/** Compare 2–4 locations for one client, from a ranked shortlist; print the keuzehulp; register on a wachtlijst. */
export function VergelijkTab() {
  const [client, setClient] = useState<{ id: number; naam: string } | null>(null)
  if (!client)
    return (
      <section className="card" aria-labelledby="vergelijk-title">
        <h2 id="vergelijk-title">Vergelijken voor een cliënt</h2>
        <ClientPicker onPick={setClient} />
      </section>
    )
  return <MetWeging key={client.id} client={client} onOther={() => setClient(null)} />
}

/** The adviser's saved weights first, so the first list already uses them. */
function MetWeging(props: { client: { id: number; naam: string }; onOther: () => void }) {
  const opgeslagen = useRoute('aanbieders.gewichten', {})
  if (opgeslagen.error) return <p className="alert alert-error">{opgeslagen.error}</p>
  if (!opgeslagen.data) return <p role="status">Weging laden…</p>
  return <VoorClient {...props} gewichten={opgeslagen.data} />
}

function VoorClient(props: { client: { id: number; naam: string }; onOther: () => void; gewichten: Gewichten }) {
  const { client, onOther } = props
  const [wensen, setWensen] = useState<Wensen>({
    partneropname: false,
    specialisatie: '',
    levensbeschouwing: '',
    maxKm: null,
    leveringsvorm: null,
  })
  const [gewichten, setGewichten] = useState(props.gewichten)
  const [gekozen, setGekozen] = useState<number[]>([])
  const print = useAction()
  const [tick, setTick] = useState(0)
  const shortlist = useRoute('aanbieders.shortlist', { clientId: client.id, wensen, gewichten, limit: 10 }, tick)

  const toggle = (id: number) => setGekozen((g) => (g.includes(id) ? g.filter((x) => x !== id) : g.length >= 4 ? g : [...g, id]))
  const keuzehulp = () =>
    print.run(async () => downloadPdf(await call('aanbieders.keuzehulp', { clientId: client.id, locatieIds: gekozen, wensen, gewichten })))

  return (
    <>
      <section className="card" aria-labelledby="vergelijk-title">
        <h2 id="vergelijk-title">Vergelijken voor {client.naam}</h2>
        <button type="button" className="link-button" onClick={onOther}>
          Andere cliënt kiezen
        </button>
        <fieldset className="wensen">
          <legend>Wensen</legend>
          <label>
            Gevraagde vorm van zorg{' '}
            <select
              value={wensen.leveringsvorm ?? ''}
              onChange={(e) => setWensen({ ...wensen, leveringsvorm: (e.target.value || null) as Vorm | null })}
            >
              <option value="">
                {shortlist.data
                  ? `Uit het dossier: ${formatLeveringsvorm(shortlist.data.client.gezocht.leveringsvorm, { kort: true })}`
                  : 'Uit het dossier'}
              </option>
              {LOCATIE_LEVERINGSVORMEN.map((v) => (
                <option key={v} value={v}>
                  {formatLeveringsvorm(v)}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={wensen.partneropname}
              onChange={(e) => setWensen({ ...wensen, partneropname: e.target.checked })}
            />{' '}
            Partner wil mee verhuizen
          </label>
          <label>
            Specialisatie{' '}
            <select value={wensen.specialisatie} onChange={(e) => setWensen({ ...wensen, specialisatie: e.target.value })}>
              <option value="">Geen voorkeur</option>
              {SPECIALISATIES.map((s) => (
                <option key={s} value={s}>
                  {SPECIALISATIE_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Levensbeschouwing{' '}
            <input
              value={wensen.levensbeschouwing}
              maxLength={80}
              onChange={(e) => setWensen({ ...wensen, levensbeschouwing: e.target.value })}
            />
          </label>
          <label>
            Hoogstens (km){' '}
            <input
              inputMode="numeric"
              className="short"
              value={wensen.maxKm ?? ''}
              onChange={(e) =>
                setWensen({ ...wensen, maxKm: /^\d+$/.test(e.target.value) && Number(e.target.value) > 0 ? Number(e.target.value) : null })
              }
            />
          </label>
        </fieldset>
        {shortlist.error && <p className="alert alert-error">{shortlist.error}</p>}
        {shortlist.data && shortlist.data.locaties.length === 0 && (
          <p className="muted">Geen passende locaties. Verruim de wensen of importeer aanbieders.</p>
        )}
        {shortlist.data && (
          <p className="hint">
            Gezocht: {formatLeveringsvorm(shortlist.data.client.gezocht.leveringsvorm).toLowerCase()}, volgens{' '}
            {BRON[shortlist.data.client.gezocht.bron]}. Overbruggingszorg telt niet mee: die krijgt de cliënt alleen tijdens het wachten.
          </p>
        )}
        <WegingEditor gewichten={gewichten} onChange={setGewichten} />
        {shortlist.data && shortlist.data.locaties.length > 0 && (
          <ShortlistTabel
            v={shortlist.data}
            busy={shortlist.loading}
            kies={(l) => (
              <input
                type="checkbox"
                aria-label={`Vergelijk ${l.naam}`}
                checked={gekozen.includes(l.id)}
                disabled={!gekozen.includes(l.id) && gekozen.length >= 4}
                onChange={() => toggle(l.id)}
              />
            )}
          />
        )}
      </section>
      {gekozen.length >= 2 && (
        <section className="card" aria-labelledby="naast-title">
          <h2 id="naast-title">Naast elkaar</h2>
          <Naast
            clientId={client.id}
            ids={gekozen}
            wensen={wensen}
            gewichten={gewichten}
            tick={tick}
            onChanged={() => setTick((t) => t + 1)}
          />
          {print.error && <p className="alert alert-error">{print.error}</p>}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void keuzehulp()}>
              Keuzehulp afdrukken (PDF)
            </button>
          </div>
        </section>
      )}
    </>
  )
}

function Naast(props: { clientId: number; ids: number[]; wensen: Wensen; gewichten: Gewichten; tick: number; onChanged: () => void }) {
  const v = useRoute(
    'aanbieders.vergelijk',
    { clientId: props.clientId, locatieIds: props.ids, wensen: props.wensen, gewichten: props.gewichten },
    props.tick,
  )
  if (v.error) return <p className="alert alert-error">{v.error}</p>
  if (!v.data) return <p role="status">Vergelijking wordt gemaakt…</p>
  return (
    <>
      <VergelijkTabel vergelijking={v.data} />
      <AanmeldForm clientId={props.clientId} locaties={v.data.locaties} onDone={props.onChanged} />
    </>
  )
}
