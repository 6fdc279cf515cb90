import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, call, messageOf } from '../../api/client'
import { PlanInhoudSchema, type PlanInhoud } from '../../../../shared/contracts/plannen.inhoud'

export type SaveState = 'opgeslagen' | 'wijzigingen' | 'bezig' | 'fout' | 'geblokkeerd'
export interface Autosave {
  state: SaveState
  /** ISO time of the last acknowledged save. */
  savedAt: string
  message: string | null
  /** Problems per field path ("zorgverleners.0.regels.1.perWeek"), from the shared schema. */
  issues: Map<string, string>
  revisie: number
  saveNow: () => void
}

const DEBOUNCE_MS = 700

/**
 * Debounced autosave of the open plan version. One save in flight at a time; edits made meanwhile
 * go in the next one. A save is only shown as "Opgeslagen" after main answered (= committed).
 * Invalid content is never sent: the text stays on screen with the reason, nothing is lost.
 */
export function useAutosave(
  versieId: number,
  initial: { revisie: number; savedAt: string },
  plan: PlanInhoud,
  editable: boolean,
): Autosave {
  const [state, setState] = useState<SaveState>('opgeslagen')
  const [savedAt, setSavedAt] = useState(initial.savedAt)
  const [message, setMessage] = useState<string | null>(null)
  const [issues, setIssues] = useState<Map<string, string>>(new Map())
  const revisie = useRef(initial.revisie)
  const latest = useRef(plan)
  const sent = useRef(plan)
  const inFlight = useRef(false)
  const blocked = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const again = useRef<() => void>(() => {})
  const [acked, setAcked] = useState(initial.revisie)

  const save = useCallback(async () => {
    window.clearTimeout(timer.current)
    if (inFlight.current || blocked.current || latest.current === sent.current) return
    const parsed = PlanInhoudSchema.safeParse(latest.current)
    if (!parsed.success) {
      setIssues(new Map(parsed.error.issues.map((i) => [i.path.slice(1).join('.'), i.message])))
      setMessage('Niet opgeslagen: verbeter de gemarkeerde velden. Uw tekst blijft staan.')
      setState('fout')
      return
    }
    setIssues(new Map())
    const snapshot = latest.current
    inFlight.current = true
    setState('bezig')
    try {
      const ack = await call('plannen.autosave', { versieId, revisie: revisie.current, plan: snapshot })
      revisie.current = ack.revisie
      setAcked(ack.revisie)
      sent.current = snapshot
      setSavedAt(ack.opgeslagenOp)
      setMessage(null)
      setState(latest.current === snapshot ? 'opgeslagen' : 'wijzigingen')
    } catch (e) {
      // A stale window or a vastgesteld version: stop saving so nothing is overwritten.
      if (e instanceof ApiError && (e.code === 'CONFLICT' || e.code === 'FROZEN')) blocked.current = true
      if (e instanceof ApiError && e.issues.length)
        setIssues(new Map(e.issues.map((i) => [i.path.replace(/^plan\.inhoud\./, ''), i.message])))
      setMessage(messageOf(e))
      setState(blocked.current ? 'geblokkeerd' : 'fout')
    } finally {
      inFlight.current = false
    }
    if (!blocked.current && latest.current !== sent.current) timer.current = window.setTimeout(() => again.current(), DEBOUNCE_MS)
  }, [versieId])
  useEffect(() => {
    again.current = () => void save()
  }, [save])

  useEffect(() => {
    latest.current = plan
    if (!editable || plan === sent.current) return
    setState((s) => (s === 'geblokkeerd' ? s : 'wijzigingen'))
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void save(), DEBOUNCE_MS)
  }, [plan, editable, save])

  // Leaving the page or the window: send what is pending at once.
  useEffect(() => {
    const flush = () => void save()
    window.addEventListener('beforeunload', flush)
    return () => {
      window.removeEventListener('beforeunload', flush)
      flush()
    }
  }, [save])

  return { state, savedAt, message, issues, revisie: acked, saveNow: () => void save() }
}
