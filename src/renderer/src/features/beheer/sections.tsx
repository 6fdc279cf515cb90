import { useState, type ComponentType } from 'react'
import type { ScreenProps } from '../../app/screen'
import { isBeheerder, type useTeam } from '../../api/team'
import { Gedeeld } from '../../components/Gedeeld'
import { ProfielSection } from './ProfielSection'
import { TeamserverSection } from './teamserver/TeamserverSection'
import { TeambeheerSection } from './teambeheer/TeambeheerSection'
import { BackupsPanel } from './BackupsPanel'
import { TweedeLocatie } from './TweedeLocatie'
import { SleutelSection } from '../sleutel/SleutelSection'
import { WerkplekSection } from './WerkplekSection'
import { ColleaguesSection } from './ColleaguesSection'
import { LogboekSection } from './LogboekSection'
import { BriefpapierSection } from './BriefpapierSection'
import { BedragenSection } from './BedragenSection'
import { BedragenPerJaarSection } from './BedragenPerJaarSection'
import { TariefImportSection } from './TariefImportSection'
import { GelijkgesteldeDagenSection } from './GelijkgesteldeDagenSection'
import { OverschrijvingenSection } from './OverschrijvingenSection'
import { ReferentieSection } from './ReferentieSection'

/** One part of Beheer: its own entry in the Beheer menu and its own address, `#/beheer/<id>`. */
export interface BeheerSection {
  id: string
  label: string
  Component: ComponentType<ScreenProps>
  /** Left out of the menu when this returns false (e.g. only for a beheerder in a team). */
  shown?: (team: ReturnType<typeof useTeam>) => boolean
}

/*
 * The registry of Beheer sections, in menu order. A new section is one line here (one entry per
 * line, so parallel additions merge cleanly); team-wide settings are wrapped in <Gedeeld>.
 */
export const BEHEER_SECTIONS: readonly BeheerSection[] = [
  { id: 'profiel', label: 'Profiel en database', Component: ProfielSection },
  { id: 'teamserver', label: 'Teamserver', Component: TeamserverSection },
  { id: 'team', label: 'Team beheren', Component: TeambeheerSection, shown: isBeheerder },
  { id: 'backups', label: 'Back-ups', Component: Backups },
  {
    id: 'sleutel',
    label: 'Sleutelbeveiliging',
    Component: ({ status }) => <SleutelSection pincodeIngesteld={status.slot.pincodeIngesteld} />,
  },
  {
    id: 'vergrendelen',
    label: 'Vergrendelen',
    Component: ({ status }) => <WerkplekSection pincodeIngesteld={status.slot.pincodeIngesteld} />,
  },
  { id: 'adviseurs', label: 'Adviseurs', Component: ColleaguesSection },
  { id: 'logboek', label: 'Logboek', Component: LogboekSection },
  { id: 'briefpapier', label: 'Briefpapier', Component: gedeeld(BriefpapierSection) },
  { id: 'bedragen', label: 'Bedragen en tarieven', Component: gedeeld(BedragenSection) },
  { id: 'bedragen-per-jaar', label: 'Bedragen per jaar', Component: BedragenPerJaarSection },
  { id: 'tarieven', label: 'Tarieven importeren', Component: gedeeld(TariefImportSection, true) },
  { id: 'gelijkgestelde-dagen', label: 'Gelijkgestelde dagen', Component: gedeeld(GelijkgesteldeDagenSection) },
  { id: 'overschrijvingen', label: 'Overschreven controles', Component: OverschrijvingenSection },
  { id: 'referentie', label: 'Referentiegegevens', Component: ReferentieSection },
]

/** A team-wide setting: read-only for anyone but a beheerder in a team (`verbergen`: left out). */
function gedeeld(Section: ComponentType, verbergen = false): ComponentType<ScreenProps> {
  const Shared = () => (
    <Gedeeld verbergen={verbergen}>
      <Section />
    </Gedeeld>
  )
  Shared.displayName = `Gedeeld(${Section.name})`
  return Shared
}

function Backups() {
  // A new back-up was copied (or not) to the second location: its status is read again.
  const [teller, setTeller] = useState(0)
  return (
    <section className="card" aria-labelledby="beheer-backups">
      <h2 id="beheer-backups">Back-ups</h2>
      <BackupsPanel onCreated={() => setTeller((n) => n + 1)} />
      <TweedeLocatie refresh={teller} />
    </section>
  )
}
