import type { AppStatus } from '../../../../shared/contracts/app.routes'
import { formatDate } from '../../../../shared/format/nl'
import { useRoute } from '../../api/useRoute'
import { DataTable } from '../../components/DataTable'
import { ReferenceImport } from './ReferenceImport'
import { SOORT_LABEL } from './ImportReport'
import { ColleaguesSection } from './ColleaguesSection'
import { ProfielSection } from './ProfielSection'
import { BriefpapierSection } from './BriefpapierSection'
import { BackupsPanel } from './BackupsPanel'
import { WerkplekSection } from './WerkplekSection'
import { LogboekSection } from './LogboekSection'
import { BedragenSection } from './BedragenSection'
import { BedragenPerJaarSection } from './BedragenPerJaarSection'
import { TariefImportSection } from './TariefImportSection'
import { GelijkgesteldeDagenSection } from './GelijkgesteldeDagenSection'
import { OverschrijvingenSection } from './OverschrijvingenSection'
import { Gedeeld } from '../../components/Gedeeld'
import { TeamserverSection } from './teamserver/TeamserverSection'
import { TeambeheerSection } from './teambeheer/TeambeheerSection'

const INTEGRITY_LABEL = { pending: 'Wordt gecontroleerd…', ok: 'In orde', failed: 'Probleem gevonden — alleen-lezen' } as const

/** Beheer: the adviser's profile, the state of the database, and the reference data. */
export function BeheerPage({ status }: { status: AppStatus }) {
  const refStatus = useRoute('referentie.status', {})
  const p = status.profiel!
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Beheer</h1>
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
      <TeamserverSection />
      <TeambeheerSection />
      <section className="card" aria-labelledby="beheer-backups">
        <h2 id="beheer-backups">Back-ups</h2>
        <BackupsPanel />
      </section>
      <WerkplekSection />
      <ProfielSection profiel={p} />
      <ColleaguesSection />
      <LogboekSection />
      <Gedeeld>
        <BriefpapierSection />
      </Gedeeld>
      <Gedeeld>
        <BedragenSection />
      </Gedeeld>
      <BedragenPerJaarSection />
      <Gedeeld verbergen>
        <TariefImportSection />
      </Gedeeld>
      <Gedeeld>
        <GelijkgesteldeDagenSection />
      </Gedeeld>
      <OverschrijvingenSection />
      <section className="card" aria-labelledby="beheer-ref">
        <h2 id="beheer-ref">Referentiegegevens</h2>
        {refStatus.data && refStatus.data.length > 0 ? (
          <DataTable
            label="Geladen referentietabellen"
            className="compact"
            rows={refStatus.data}
            rowKey={(r) => r.soort}
            columns={[
              { header: 'Tabel', cell: (r) => SOORT_LABEL[r.soort] },
              { header: 'Geldig vanaf', cell: (r) => formatDate(r.geldigVanaf) },
              { header: 'Rijen', cell: (r) => r.rijen },
              { header: 'Bestand', cell: (r) => r.bestandsnaam },
              { header: 'Geïmporteerd op', cell: (r) => formatDate(r.geimporteerdOp.slice(0, 10)) },
            ]}
          />
        ) : (
          <p className="muted">Er zijn nog geen referentiegegevens geladen.</p>
        )}
        <Gedeeld verbergen>
          <h3>Nieuwe indeling importeren</h3>
          <p>
            Gemeenten fuseren vaak per 1 januari. Importeer dan de nieuwe tabellen met hun ingangsdatum; oudere indelingen blijven bewaard.
          </p>
          <ReferenceImport onImported={refStatus.reload} />
        </Gedeeld>
      </section>
    </section>
  )
}
