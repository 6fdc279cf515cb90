import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseloadQuery, CaseloadRow } from '../../../../shared/contracts/caseload.routes'
import { call, messageOf } from '../../api/client'

// The first page only needs to fill the screen (a fast answer per keystroke); scrolling loads more.
const FIRST_PAGE = 40
const PAGE = 100

interface Loaded {
  key: string
  rows: CaseloadRow[]
  total: number
  capped: boolean
}

/**
 * The caseload rows for a query, loaded a page at a time as the adviser scrolls. The previous
 * rows stay on screen until the first page of a new query arrives; late answers are dropped.
 */
export function useCaseload(query: Omit<CaseloadQuery, 'offset' | 'limit'>) {
  const key = JSON.stringify(query)
  const [loaded, setLoaded] = useState<Loaded>()
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const loadingMore = useRef(false)
  const current = useRef(key)

  useEffect(() => {
    current.current = key
    let live = true
    call('caseload.query', { ...(JSON.parse(key) as CaseloadQuery), offset: 0, limit: FIRST_PAGE }).then(
      (r) => {
        if (!live) return
        setLoaded({ key, rows: r.rows, total: r.total, capped: r.totalCapped })
        setError(null)
      },
      (e: unknown) => live && setError(messageOf(e)),
    )
    return () => {
      live = false
    }
  }, [key, tick])

  const loadMore = useCallback(() => {
    if (!loaded || loaded.key !== key || loadingMore.current || loaded.rows.length >= loaded.total) return
    loadingMore.current = true
    call('caseload.query', { ...(JSON.parse(key) as CaseloadQuery), offset: loaded.rows.length, limit: PAGE })
      .then(
        (r) => {
          if (current.current !== key) return
          setLoaded((prev) => (prev && prev.key === key ? { ...prev, rows: [...prev.rows, ...r.rows], total: r.total } : prev))
        },
        (e: unknown) => setError(messageOf(e)),
      )
      .finally(() => (loadingMore.current = false))
  }, [key, loaded])

  return {
    rows: loaded?.rows ?? EMPTY,
    total: loaded?.total ?? 0,
    capped: loaded?.capped ?? false,
    ready: loaded !== undefined,
    fresh: loaded?.key === key,
    error,
    loadMore,
    reload: useCallback(() => setTick((t) => t + 1), []),
  }
}

const EMPTY: CaseloadRow[] = []
