import './dossier.css'
import { useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { Tabs } from '../../components/Tabs'
import { PageLoad } from '../../components/PageLoad'
import { DossierHeader } from './DossierHeader'
import { OverzichtTab } from './OverzichtTab'
import { PersoonTab } from './PersoonTab'
import { VertegenwoordigersTab } from './VertegenwoordigersTab'
import { IndicatiesTab } from './IndicatiesTab'
import { LeveringsvormenTab } from './LeveringsvormenTab'
import { ContactmomentenTab } from './ContactmomentenTab'
import { AanvragenTab } from './AanvragenTab'
import { PlannenTab } from './PlannenTab'
import { AuditLog } from '../../components/AuditLog'
import { HuisbezoekSection } from '../team/HuisbezoekSection'

type TabId =
  'overzicht' | 'persoon' | 'vertegenwoordigers' | 'indicaties' | 'leveringsvormen' | 'contact' | 'aanvragen' | 'plannen' | 'logboek'

/** One client's dossier (`#/dossier/<id>`). Every save reloads the dossier, so tasks and signals always follow. */
export function DossierPage({ id: clientId }: { id: number }) {
  const dossier = useRoute('dossier.get', { clientId })
  const [tab, setTab] = useState<TabId>('overzicht')

  if (!dossier.data)
    return <PageLoad error={dossier.error} loading="Dossier wordt geladen…" back={{ href: '#/caseload', label: 'Caseload' }} />
  const d = dossier.data
  const open = d.taken.filter((t) => t.status === 'open' && t.soort === 'actie').length
  const tabs = [
    { id: 'overzicht', label: 'Overzicht', ...(open ? { badge: String(open) } : {}) },
    { id: 'persoon', label: 'Persoon' },
    { id: 'vertegenwoordigers', label: 'Vertegenwoordigers' },
    { id: 'indicaties', label: 'Indicaties' },
    { id: 'leveringsvormen', label: 'Leveringsvormen' },
    { id: 'contact', label: 'Contactmomenten', badge: String(d.contactmomenten.total) },
    { id: 'aanvragen', label: 'Aanvragen en bezwaren' },
    { id: 'plannen', label: 'Plannen' },
    { id: 'logboek', label: 'Logboek' },
  ] as const
  const props = { dossier: d, onSaved: dossier.reload }

  return (
    <section aria-labelledby="page-title" className="dossier">
      <DossierHeader dossier={d} />
      <HuisbezoekSection clientId={d.client.id} />
      <Tabs label="Onderdelen van het dossier" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'overzicht' && <OverzichtTab {...props} />}
        {tab === 'persoon' && <PersoonTab {...props} />}
        {tab === 'vertegenwoordigers' && <VertegenwoordigersTab {...props} />}
        {tab === 'indicaties' && <IndicatiesTab {...props} />}
        {tab === 'leveringsvormen' && <LeveringsvormenTab {...props} />}
        {tab === 'contact' && <ContactmomentenTab {...props} />}
        {tab === 'aanvragen' && <AanvragenTab {...props} />}
        {tab === 'plannen' && <PlannenTab {...props} />}
        {tab === 'logboek' && (
          <section className="card" aria-label="Wie heeft dit dossier ingezien of gewijzigd">
            <AuditLog clientId={d.client.id} showClient={false} />
          </section>
        )}
      </Tabs>
    </section>
  )
}
