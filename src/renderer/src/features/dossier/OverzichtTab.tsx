import { formatZorgprofiel } from '../../../../shared/format/codes'
import type { Taak } from '../../../../shared/contracts/activiteiten'
import { addDays, todayInNl } from '../../../../shared/domain/dates'
import { formatDate } from '../../../../shared/format/nl'
import { LEVERINGSVORM_LABEL } from '../../../../shared/domain/codes'
import { call } from '../../api/client'
import { useToast } from '../../components/Toast'
import { NewTaskForm } from './NewTaskForm'
import type { TabProps } from './tabProps'
import { BuitenRegio } from '../caseload/signals'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

function group(t: Taak, today: string): 'te_laat' | 'deze_week' | 'later' {
  if (t.deadline < today) return 'te_laat'
  return t.deadline <= addDays(today, 6) ? 'deze_week' : 'later'
}
const GROUP_LABEL = { te_laat: 'Te laat', deze_week: 'Deze week', later: 'Later' } as const

/** Tasks and terms first (what needs doing), then what is in force today. */
export function OverzichtTab({ dossier, onSaved }: TabProps) {
  const notify = useToast()
  const action = useAction()
  const today = todayInNl()
  const acties = dossier.taken.filter((t) => t.status === 'open' && t.soort === 'actie')
  const termijnen = dossier.taken.filter((t) => t.status === 'open' && t.soort === 'termijn')
  const afgerond = dossier.taken.filter((t) => t.status !== 'open')
  const indicatie = dossier.indicaties.find((i) => i.ingangsdatum <= today && (i.einddatum === null || i.einddatum >= today))
  const lopend = dossier.leveringsvormen.filter((l) => l.startdatum <= today && (l.einddatum === null || l.einddatum >= today))

  const setStatus = (t: Taak, status: 'gedaan' | 'open') =>
    action.run(async () => {
      await call('taken.setStatus', { id: t.id, version: t.version, status })
      notify(status === 'gedaan' ? `Taak “${t.titel}” is afgerond.` : `Taak “${t.titel}” staat weer open.`)
      onSaved()
    })

  return (
    <div className="grid-2 overzicht">
      <section aria-labelledby="taken-title" className="card">
        <h2 id="taken-title">Taken</h2>
        <ErrorAlert message={action.error} />
        {acties.length === 0 && <p className="muted">Geen openstaande taken.</p>}
        {(['te_laat', 'deze_week', 'later'] as const).map((g) => {
          const list = acties.filter((t) => group(t, today) === g)
          if (!list.length) return null
          return (
            <div key={g}>
              <h3 className={`task-group task-group-${g}`}>
                {GROUP_LABEL[g]} ({list.length})
              </h3>
              <ul className="task-list">
                {list.map((t) => (
                  <li key={t.id} className={`task task-${g}`}>
                    <div>
                      <strong>{t.titel}</strong>
                      <span className="task-meta">
                        uiterlijk {formatDate(t.deadline)}
                        {t.artikel && ` · ${t.artikel}`}
                        {t.handmatig && ' · handmatig'}
                      </span>
                      {t.toelichting && <p className="task-text">{t.toelichting}</p>}
                    </div>
                    <button type="button" onClick={() => setStatus(t, 'gedaan')} aria-label={`Gedaan: ${t.titel}`}>
                      Gedaan
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
        <NewTaskForm clientId={dossier.client.id} onSaved={onSaved} />
        {afgerond.length > 0 && (
          <details>
            <summary>Recent afgerond of vervallen ({afgerond.length})</summary>
            <ul className="task-list">
              {afgerond.map((t) => (
                <li key={t.id} className="task task-done">
                  <div>
                    <span>{t.titel}</span>
                    <span className="task-meta">
                      {t.status === 'gedaan'
                        ? `afgerond ${formatDate((t.afgerondOp ?? '').slice(0, 10))}`
                        : 'vervallen: de regel geldt niet meer'}
                    </span>
                  </div>
                  {t.status === 'gedaan' && (
                    <button type="button" className="link-button" onClick={() => setStatus(t, 'open')}>
                      Heropenen
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <div>
        <section aria-labelledby="adres-title" className="card">
          <h2 id="adres-title">Woonadres</h2>
          <Woonadres dossier={dossier} />
        </section>
        <section aria-labelledby="termijnen-title" className="card">
          <h2 id="termijnen-title">Lopende termijnen</h2>
          {termijnen.length === 0 ? (
            <p className="muted">Geen lopende termijnen.</p>
          ) : (
            <ul className="task-list">
              {termijnen.map((t) => (
                <li key={t.id} className="task">
                  <div>
                    <strong>{t.titel}</strong>
                    <span className="task-meta">
                      tot en met {formatDate(t.deadline)} · {t.artikel}
                    </span>
                    <p className="task-text">{t.toelichting}</p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="zorg-title" className="card">
          <h2 id="zorg-title">Zorg vandaag</h2>
          <dl className="facts">
            <dt>Indicatie</dt>
            <dd>
              {indicatie ? `${formatZorgprofiel(indicatie.zorgprofiel)} (besluit ${indicatie.besluitnummer})` : 'Geen geldige indicatie'}
            </dd>
            <dt>Leveringsvorm</dt>
            <dd>
              {lopend.length
                ? lopend.map((l) => `${LEVERINGSVORM_LABEL[l.soort]}${l.aanbieder ? ` bij ${l.aanbieder}` : ''}`).join('; ')
                : 'Geen lopende zorg'}
            </dd>
            <dt>Laatste contact</dt>
            <dd>{dossier.contactmomenten.rows[0] ? formatDate(dossier.contactmomenten.rows[0].datum) : 'Nog geen contact vastgelegd'}</dd>
          </dl>
        </section>
      </div>
    </div>
  )
}

/** Where the client lives, with the gemeente from the reference data (a home visit, a Wmo question). */
function Woonadres({ dossier }: Pick<TabProps, 'dossier'>) {
  const p = dossier.client.persoon
  const straat = [p.straat, p.huisnummer, p.huisnummerToevoeging].filter(Boolean).join(' ')
  const plaats = [p.postcode, p.woonplaats].filter(Boolean).join('  ')
  return (
    <dl className="facts">
      <dt>Adres</dt>
      <dd>
        {straat || plaats ? (
          <>
            {straat}
            {straat && plaats && <br />}
            {plaats}
          </>
        ) : (
          'Nog geen adres vastgelegd'
        )}
      </dd>
      <dt>Gemeente</dt>
      <dd>{dossier.client.gemeente ?? (p.postcode ? 'Onbekend bij deze postcode' : '—')}</dd>
      <dt>Zorgkantoorregio</dt>
      <dd>
        {dossier.client.regioNaam ?? 'Onbekend'}
        {dossier.client.buitenRegio && <BuitenRegio />}
      </dd>
    </dl>
  )
}
