import type { ScreenProps } from '../../app/screen'
import { ProfielBewerken } from './ProfielBewerken'

const INTEGRITY_LABEL = { pending: 'Wordt gecontroleerd…', ok: 'In orde', failed: 'Probleem gevonden — alleen-lezen' } as const

/** The adviser's profile and the state of this workstation's database. */
export function ProfielSection({ status }: ScreenProps) {
  const p = status.profiel!
  return (
    <>
      <div className="grid-2">
        <section className="card" aria-labelledby="beheer-profiel">
          <h2 id="beheer-profiel">Profiel</h2>
          <dl className="facts">
            <dt>Naam</dt>
            <dd>{p.naam}</dd>
            <dt>Functie</dt>
            <dd>{p.functie}</dd>
            <dt>Afdeling</dt>
            <dd>{p.afdeling === 'pgb' ? 'Pgb-afdeling' : 'Klantadvies'}</dd>
            <dt>Zorgkantoorregio</dt>
            <dd>{p.regioNaam ?? p.regioCode}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="beheer-db">
          <h2 id="beheer-db">Database</h2>
          <dl className="facts">
            <dt>Controle</dt>
            <dd>{INTEGRITY_LABEL[status.integrity]}</dd>
            <dt>Versleuteling</dt>
            <dd>SQLCipher (AES-256)</dd>
            <dt>Versie app</dt>
            <dd>{status.appVersion}</dd>
            {status.demo && (
              <>
                <dt>Soort</dt>
                <dd>Demodata (fictief)</dd>
              </>
            )}
          </dl>
        </section>
      </div>
      <ProfielBewerken profiel={p} />
    </>
  )
}
