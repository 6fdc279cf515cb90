import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useAction } from '../../components/useAction'
import { DataTable } from '../../components/DataTable'
import { downloadPdf } from '../../print/downloadPdf'
import { SPECIALISATIES, SPECIALISATIE_LABEL } from '../../../../shared/domain/aanbieders/codes'
import { ClientPicker } from './ClientPicker'
import { VergelijkTabel } from './VergelijkTabel'
import { AanmeldForm } from './AanmeldForm'

type Wensen = { partneropname: boolean; specialisatie: string; levensbeschouwing: string; maxKm: number | null }

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
  return <VoorClient key={client.id} client={client} onOther={() => setClient(null)} />
}

function VoorClient({ client, onOther }: { client: { id: number; naam: string }; onOther: () => void }) {
  const [wensen, setWensen] = useState<Wensen>({ partneropname: false, specialisatie: '', levensbeschouwing: '', maxKm: null })
  const [gekozen, setGekozen] = useState<number[]>([])
  const print = useAction()
  const [tick, setTick] = useState(0)
  const shortlist = useRoute('aanbieders.shortlist', { clientId: client.id, wensen, limit: 10 }, tick)

  const toggle = (id: number) => setGekozen((g) => (g.includes(id) ? g.filter((x) => x !== id) : g.length >= 4 ? g : [...g, id]))
  const keuzehulp = () =>
    print.run(async () => downloadPdf(await call('aanbieders.keuzehulp', { clientId: client.id, locatieIds: gekozen, wensen })))

  return (
    <>
      <section className="card" aria-labelledby="vergelijk-title">
        <h2 id="vergelijk-title">Vergelijken voor {client.naam}</h2>
        <button type="button" className="link-button" onClick={onOther}>
          Andere cliënt kiezen
        </button>
        <fieldset className="wensen">
          <legend>Wensen</legend>
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
        {shortlist.data && shortlist.data.locaties.length > 0 && (
          <DataTable
            busy={shortlist.loading}
            caption="Voorstel, best passend eerst. Kies 2 tot 4 locaties om te vergelijken."
            rows={shortlist.data.locaties}
            rowKey={(l) => l.id}
            columns={[
              {
                header: 'Kies',
                cell: (l) => (
                  <input
                    type="checkbox"
                    aria-label={`Vergelijk ${l.naam}`}
                    checked={gekozen.includes(l.id)}
                    disabled={!gekozen.includes(l.id) && gekozen.length >= 4}
                    onChange={() => toggle(l.id)}
                  />
                ),
              },
              {
                header: 'Locatie',
                cell: (l) => (
                  <>
                    {l.naam} <span className="muted">({l.organisatie})</span>
                  </>
                ),
              },
              { header: 'Afstand', cell: (l) => (l.afstandKm === null ? 'onbekend' : `${l.afstandKm.toLocaleString('nl-NL')} km`) },
              { header: 'Wachttijd', cell: (l) => (l.wachttijdWeken === null ? 'onbekend' : `${l.wachttijdWeken} weken`) },
              { header: 'Contract', cell: (l) => (l.gecontracteerd ? 'Ja' : 'Nee') },
            ]}
          />
        )}
      </section>
      {gekozen.length >= 2 && (
        <section className="card" aria-labelledby="naast-title">
          <h2 id="naast-title">Naast elkaar</h2>
          <Naast clientId={client.id} ids={gekozen} wensen={wensen} tick={tick} onChanged={() => setTick((t) => t + 1)} />
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

function Naast(props: { clientId: number; ids: number[]; wensen: Wensen; tick: number; onChanged: () => void }) {
  const v = useRoute('aanbieders.vergelijk', { clientId: props.clientId, locatieIds: props.ids, wensen: props.wensen }, props.tick)
  if (v.error) return <p className="alert alert-error">{v.error}</p>
  if (!v.data) return <p role="status">Vergelijking wordt gemaakt…</p>
  return (
    <>
      <VergelijkTabel vergelijking={v.data} />
      <AanmeldForm clientId={props.clientId} locaties={v.data.locaties} onDone={props.onChanged} />
    </>
  )
}
