import { useEffect, useState } from 'react'
import { call, onEvent } from '../../api/client'
import type { Voortgang as VoortgangData } from '../../../../shared/contracts/aanbieders.routes'

const FASE: Record<VoortgangData['fase'], string> = {
  lezen: 'Bestand lezen',
  opslaan: 'Controleren en opslaan',
  schrijven: 'Bestand maken',
}
const n = (x: number) => x.toLocaleString('nl-NL')

/**
 * Progress bar with counts and a cancel button for a running import or export. The work runs off the
 * main thread, so the window keeps answering; cancelling stops it and keeps nothing of it.
 */
export function Voortgang({ taak }: { taak: VoortgangData['taak'] }) {
  const [stand, setStand] = useState<VoortgangData | null>(null)
  const [stoppen, setStoppen] = useState(false)
  useEffect(() => onEvent('aanbieders.voortgang', (p) => p.taak === taak && setStand(p)), [taak])
  const label = stand ? FASE[stand.fase] : taak === 'import' ? 'Bestand lezen' : 'Export voorbereiden'
  const telling = stand && (stand.totaal ? `${n(stand.klaar)} van ${n(stand.totaal)} regels` : `${n(stand.klaar)} regels`)
  return (
    <div className="taak-voortgang" role="status" aria-live="polite">
      <label>
        <span>
          {label}
          {telling ? `: ${telling}` : '…'}
        </span>
        <progress aria-label={`${label} (${taak})`} max={stand?.totaal || undefined} value={stand?.totaal ? stand.klaar : undefined} />
      </label>
      <button
        type="button"
        disabled={stoppen}
        onClick={() => {
          setStoppen(true)
          void call('aanbieders.annuleer', { taak })
        }}
      >
        {stoppen ? 'Bezig met stoppen…' : taak === 'import' ? 'Import annuleren' : 'Export annuleren'}
      </button>
    </div>
  )
}
