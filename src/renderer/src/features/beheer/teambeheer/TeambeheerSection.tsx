import { useState } from 'react'
import { isBeheerder, useTeam } from '../../../api/team'
import { Tabs } from '../../../components/Tabs'
import { AccountsTab } from './AccountsTab'
import { ApparatenTab } from './ApparatenTab'
import { CentraalLogboekTab } from './CentraalLogboekTab'
import { KenmerkenTab } from './KenmerkenTab'
import { TeamsTab } from './TeamsTab'

type Tab = 'accounts' | 'teams' | 'apparaten' | 'logboek' | 'kenmerken'
const TABS = [
  { id: 'accounts', label: 'Accounts' },
  { id: 'teams', label: 'Teams' },
  { id: 'apparaten', label: 'Apparaten' },
  { id: 'logboek', label: 'Centraal logboek' },
  { id: 'kenmerken', label: 'Kenmerken' },
] as const

/** Functioneel beheer of the whole team on the teamserver; only for a signed-in beheerder. */
export function TeambeheerSection() {
  const team = useTeam()
  const [tab, setTab] = useState<Tab>('accounts')
  if (!isBeheerder(team) || team?.account?.mustChangePassword) return null
  return (
    <section className="card" aria-labelledby="beheer-team">
      <h2 id="beheer-team">Team beheren</h2>
      <Tabs label="Team beheren" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'accounts' && <AccountsTab eigenGebruikersnaam={team!.account?.gebruikersnaam ?? null} />}
        {tab === 'teams' && <TeamsTab />}
        {tab === 'apparaten' && <ApparatenTab />}
        {tab === 'logboek' && <CentraalLogboekTab />}
        {tab === 'kenmerken' && <KenmerkenTab />}
      </Tabs>
    </section>
  )
}
