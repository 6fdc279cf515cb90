import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseloadCursor, CaseloadQuery, CaseloadRow } from '../../../../shared/contracts/caseload.routes'
import { call, messageOf } from '../../api/client'

// The first page only needs to fill the screen (a fast answer per keystroke); scrolling loads more.
const FIRST_PAGE = 40
const PAGE = 100
/** A broad query's exact count is asked once typing has paused this long (it is not on the keystroke's path). */
const COUNT_AFTER_MS = 400

interface Loaded {
  key: string
  rows: CaseloadRow[]
  total: number
  capped: boolean
  volgende: CaseloadCursor | null
}

/**
 * The caseload rows for a query, loaded a page at a time as the adviser scrolls (each page starts
 * where the previous one ended). The previous rows stay on screen until the first page of a new
 * query arrives; late answers are dropped. A broad query answers "more than N" at once and its
 * exact number once typing settles.
 */
export function useCaseload(query: Omit<CaseloadQuery, 'offset' | 'limit' | 'na'>) {
  const key = JSON.stringify(query)
  const [loaded, setLoaded] = useState<Loaded>()
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const loadingMore = useRef(false)
  const current = useRef(key)

  useEffect(() => {
    current.current = key
    let live = true
    call('caseload.query', { ...(JSON.parse(key) as CaseloadQuery), limit: FIRST_PAGE }).then(
      (r) => {
        if (!live) return
        setLoaded({ key, rows: r.rows, total: r.total, capped: r.totalCapped, volgende: r.volgende })
        setError(null)
      },
      (e: unknown) => live && setError(messageOf(e)),
    )
    return () => {
      live = false
    }
  }, [key, tick])

  const capped = loaded?.key === key && loaded.capped
  useEffect(() => {
    if (!capped) return
    const { zoek, filter } = JSON.parse(key) as CaseloadQuery
    const timer = setTimeout(() => {
      call('caseload.count', { zoek, filter }).then(
        (r) =>
          current.current === key && setLoaded((prev) => (prev && prev.key === key ? { ...prev, total: r.total, capped: false } : prev)),
        () => undefined, // the "more than" stays; the rows are what matters
      )
    }, COUNT_AFTER_MS)
    return () => clearTimeout(timer)
  }, [key, capped])

  const loadMore = useCallback(() => {
    if (!loaded || loaded.key !== key || loadingMore.current || !loaded.volgende) return
    loadingMore.current = true
    call('caseload.query', { ...(JSON.parse(key) as CaseloadQuery), na: loaded.volgende, limit: PAGE })
      .then(
        (r) => {
          if (current.current !== key) return
          setLoaded((prev) => {
            if (!prev || prev.key !== key) return prev
            const rows = [...prev.rows, ...r.rows]
            // Not counted yet: at least every row loaded so far.
            return { ...prev, rows, volgende: r.volgende, total: prev.capped ? Math.max(prev.total, rows.length) : prev.total }
          })
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
