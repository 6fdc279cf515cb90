import { useState } from 'react'
import { Tabs } from '../../components/Tabs'
import { RegisterTab } from './RegisterTab'
import { VergelijkTab } from './VergelijkTab'
import { WachtlijstTab } from './WachtlijstTab'

type TabId = 'register' | 'vergelijk' | 'wachtlijst'

/** Zorgaanbieders: the register, comparing for a client, and the wachtlijst. */
export function AanbiedersPage() {
  const [tab, setTab] = useState<TabId>('vergelijk')
  const tabs = [
    { id: 'vergelijk', label: 'Vergelijken' },
    { id: 'wachtlijst', label: 'Wachtlijst' },
    { id: 'register', label: 'Register en import' },
  ] as const
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Zorgaanbieders</h1>
      </div>
      <Tabs label="Onderdelen" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'register' && <RegisterTab />}
        {tab === 'vergelijk' && <VergelijkTab />}
        {tab === 'wachtlijst' && <WachtlijstTab />}
      </Tabs>
    </section>
  )
}
