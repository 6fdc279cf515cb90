import { useEffect, useState } from 'react'
import type { Dossier } from '../../../../shared/contracts/dossier.routes'
import { ageOn, todayInNl } from '../../../../shared/domain/dates'
import { formatDate } from '../../../../shared/format/nl'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { BuitenRegio } from '../caseload/signals'

const REVEAL_SECONDS = 30

/** Who this is: name, birth date and age, the BSN (masked until an audited reveal), adviser and region. */
export function DossierHeader({ dossier }: { dossier: Dossier }) {
  const c = dossier.client
  const [bsn, setBsn] = useState<string | null>(null)
  const action = useAction()
  // A revealed BSN hides itself again after half a minute.
  useEffect(() => {
    if (!bsn) return
    const t = window.setTimeout(() => setBsn(null), REVEAL_SECONDS * 1000)
    return () => window.clearTimeout(t)
  }, [bsn])

  const reveal = () => action.run(async () => setBsn((await call('clients.revealBsn', { id: c.id })).bsn))

  return (
    <header className="dossier-header">
      <p className="breadcrumb">
        <a href="#/caseload">Caseload</a> › Dossier
      </p>
      <h1 id="page-title">{c.naam}</h1>
      {c.persoon.geheim && (
        <p className="alert alert-warning" role="note">
          <strong>Geheime cliënt.</strong> Wees extra zorgvuldig met gegevens en adres (iWlz GeheimeClient).
        </p>
      )}
      <dl className="facts inline">
        <dt>Geboren</dt>
        <dd>
          {formatDate(c.persoon.geboortedatum)} ({ageOn(c.persoon.geboortedatum, todayInNl())} jaar)
        </dd>
        <dt>BSN</dt>
        <dd>
          <span className="mono" aria-live="polite">
            {bsn ?? c.bsnMasked}
          </span>{' '}
          {bsn ? (
            <button type="button" className="link-button" onClick={() => setBsn(null)}>
              Verbergen
            </button>
          ) : (
            <button type="button" className="link-button" onClick={reveal}>
              Toon BSN
            </button>
          )}
        </dd>
        <dt>Adviseur</dt>
        <dd>{c.adviseurNaam ?? 'Niet toegewezen'}</dd>
        <dt>Regio</dt>
        <dd>
          {c.regioNaam ?? 'Onbekend (geen postcode)'}
          {c.buitenRegio && <BuitenRegio />}
        </dd>
      </dl>
      <ErrorAlert message={action.error} />
    </header>
  )
}
