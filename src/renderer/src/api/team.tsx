import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { SyncStatus } from '../../../shared/contracts/teamserver.routes'
import { call, onEvent } from './client'

interface TeamState {
  /** Null until the first answer, and in single-desk mode. */
  status: SyncStatus | null
  /** Takes a status a route just answered (sign-in, sync now), so screens need not wait for the event. */
  set: (status: SyncStatus) => void
  reload: () => void
}

const TeamContext = createContext<TeamState>({ status: null, set: () => undefined, reload: () => undefined })

/**
 * The teamserver status for the whole app, kept live from the `teamserver.status` event the sync
 * engine sends after every run. An event is only a signal: its payload is shown at once, but the
 * status is then read again, because an event sent during a run can arrive after the answer of a
 * later route (sign out) and would otherwise put back what is no longer true. In single-desk mode
 * the status stays null, so screens outside a team look exactly as before.
 */
export function TeamProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SyncStatus | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let live = true
    call('teamserver.status', {}).then(
      (s) => live && setStatus(s),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  const set = useCallback((s: SyncStatus) => {
    setStatus(s)
    setTick((t) => t + 1)
  }, [])
  useEffect(() => onEvent('teamserver.status', set), [set])
  const value = useMemo(() => ({ status: status?.modus === 'team' ? status : null, set, reload }), [status, set, reload])
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>
}

export const useTeamState = () => useContext(TeamContext)

/** The team status, or null in single-desk mode. */
export const useTeam = (): SyncStatus | null => useContext(TeamContext).status

const role = (s: SyncStatus | null) => s?.account?.role ?? null

/** Team-wide settings (reference data, amounts, letterhead, providers, colleagues) change only by a beheerder in a team. */
export const mayChangeShared = (s: SyncStatus | null) => s === null || role(s) === 'beheerder'

/** Handing dossiers to a colleague is the teamleider's in a team. */
export const mayReassign = (s: SyncStatus | null) => s === null || role(s) === 'teamleider' || role(s) === 'beheerder'

export const isBeheerder = (s: SyncStatus | null) => role(s) === 'beheerder' && s?.aangemeld === true

/**
 * Runs `onSynced` after each sync run that finished after this screen opened, so a list can show what
 * colleagues changed. Only for cheap reads that are not audited: a re-read that writes an audit record
 * would be sent by the next run and start another one.
 */
export function useOnSync(onSynced: () => void): void {
  const laatste = useTeam()?.laatsteSync ?? null
  const first = useRef(laatste)
  const callback = useRef(onSynced)
  useEffect(() => {
    callback.current = onSynced
  })
  useEffect(() => {
    if (laatste === null || laatste === first.current) return
    first.current = laatste
    callback.current()
  }, [laatste])
}

/**
 * Starts a sync run right after signing in or choosing a password, so a new workstation fetches its
 * team's data now instead of at the next periodic run. Fire and forget: the status event reports it.
 */
export function syncNaAanmelden(): void {
  call('teamserver.synchroniseren', {}).catch(() => undefined)
}
