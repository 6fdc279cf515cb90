import { useCallback, useEffect, useState } from 'react'
import type { RouteInput, RouteName, RouteOutput } from '../../../shared/contracts/catalog'
import { call, messageOf } from './client'

export interface RouteState<T> {
  /** The latest answer; kept while a newer request runs, so lists do not flicker. */
  data: T | undefined
  error: string | null
  loading: boolean
  reload: () => void
}

/**
 * Loads a read route whenever its input (or `refresh`) changes. An answer that arrives after a
 * newer request started is dropped, so fast typing never shows stale rows.
 */
export function useRoute<N extends RouteName>(route: N, input: RouteInput<N>, refresh: unknown = null): RouteState<RouteOutput<N>> {
  const [tick, setTick] = useState(0)
  const key = JSON.stringify([route, input, refresh, tick])
  const [result, setResult] = useState<{ key: string; data?: RouteOutput<N>; error?: string }>()

  useEffect(() => {
    let current = true
    const [r, i] = JSON.parse(key) as [N, RouteInput<N>]
    call(r, i).then(
      (data) => current && setResult({ key, data }),
      (e: unknown) => current && setResult((prev) => ({ key, data: prev?.data, error: messageOf(e) })),
    )
    return () => {
      current = false
    }
  }, [key])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { data: result?.data, error: result?.error ?? null, loading: result?.key !== key, reload }
}
