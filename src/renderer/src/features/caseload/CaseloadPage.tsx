import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { useTable, type RowSelectionState } from '@tanstack/react-table'
import { KOLOMMEN, type ViewConfig } from '../../../../shared/contracts/caseload.routes'
import { useRoute } from '../../api/useRoute'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toast'
import { dossierHref } from './links'
import { ClientForm } from './ClientForm'
import { CaseloadGrid, type GridHandle } from './CaseloadGrid'
import { lastReturn, rememberReturn } from './returnTo'
import { CaseloadFilters } from './CaseloadFilters'
import { BulkReassign } from './BulkReassign'
import { ViewsMenu } from './ViewsMenu'
import { columns, DEFAULT_KOLOMMEN, features } from './caseloadColumns'
import { useCaseload } from './useCaseload'
import { ErrorAlert } from '../../components/ErrorAlert'
import { mayReassign, useOnSync, useTeam } from '../../api/team'
import { aantal } from '../../../../shared/format/nl'

const DEFAULT_VIEW: ViewConfig = {
  filter: { adviseur: 'mij', leveringsvormen: [], sectoren: [], signalen: [], postcode: '' },
  sort: { kolom: 'naam', richting: 'asc' },
  kolommen: DEFAULT_KOLOMMEN,
}

/** The adviser's home screen: search, filters, saved views, the caseload grid and bulk actions. */
export function CaseloadPage() {
  // Back from a dossier: the same search and view, and focus on the row that was opened.
  const [back] = useState(lastReturn)
  const [zoek, setZoek] = useState(back?.zoek ?? '')
  const [view, setView] = useState<ViewConfig>(back?.view ?? DEFAULT_VIEW)
  const [creating, setCreating] = useState(false)
  const [selection, setSelection] = useState<RowSelectionState>({})
  const notify = useToast()
  const searchRef = useRef<HTMLInputElement>(null)
  const gridRef = useRef<GridHandle>(null)
  const refocus = useRef(back?.clientId ?? null)
  /** ↓ pressed in the search box before the results of what was typed were in: honoured when they are. */
  const downPending = useRef(false)
  const caseload = useCaseload({ zoek, filter: view.filter, sort: view.sort })
  const views = useRoute('caseload.views.list', {})
  const adviseurs = useRoute('adviseurs.list', {})
  const team = useTeam()
  // In a team, dossiers handed over by a teamleider appear without a reload. Not while searching: a
  // search is audited, and a re-run after every sync would write a record for each one.
  useOnSync(() => {
    if (!zoek.trim()) caseload.reload()
  })

  // "/" jumps to the search box from anywhere on the caseload (not while typing elsewhere).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing =
        e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement
      if (e.key === '/' && !typing) {
        e.preventDefault()
        searchRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const columnVisibility = useMemo(() => Object.fromEntries(KOLOMMEN.map((k) => [k, view.kolommen.includes(k)])), [view.kolommen])
  const table = useTable({
    features,
    columns,
    data: caseload.rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    enableRowSelection: true,
    state: { sorting: [{ id: view.sort.kolom, desc: view.sort.richting === 'desc' }], columnVisibility, rowSelection: selection },
    onRowSelectionChange: setSelection,
  })
  const selectedIds = Object.keys(selection)
    .filter((k) => selection[k])
    .map(Number)
  const open = (id: number) => {
    rememberReturn({ zoek, view, clientId: id })
    window.location.hash = dossierHref(id)
  }
  // Focus asked for before the rows were in is given once they are: the row opened before (once; a row
  // beyond the loaded pages just focuses the grid), or the first row for a ↓ typed ahead of the results.
  useEffect(() => {
    if (!caseload.fresh || !caseload.ready) return
    if (refocus.current !== null) {
      if (!gridRef.current?.focusClient(refocus.current)) gridRef.current?.focusRow(0)
    } else if (downPending.current && caseload.rows.length) gridRef.current?.focusRow(0)
    refocus.current = null
    downPending.current = false
  }, [caseload.fresh, caseload.ready, caseload.rows])
  // From the search box: ↓ moves into the results, Enter opens the first one. A fast typist's ↓ that
  // comes before the results of the last letter is not lost: it moves in once they are there.
  const onSearchKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    const first = caseload.fresh ? caseload.rows[0] : undefined
    if (e.key === 'ArrowDown' && !caseload.fresh) {
      e.preventDefault()
      downPending.current = true
    } else if (e.key === 'ArrowDown' && first) {
      e.preventDefault()
      gridRef.current?.focusRow(0)
    } else if (e.key === 'Enter' && first) {
      e.preventDefault()
      open(first.id)
    }
  }
  const filtered =
    zoek.trim() !== '' ||
    view.filter.leveringsvormen.length + view.filter.sectoren.length + view.filter.signalen.length > 0 ||
    view.filter.postcode !== ''

  return (
    <section aria-labelledby="page-title" className="caseload" aria-busy={!caseload.fresh}>
      <div className="page-head">
        <h1 id="page-title">Caseload</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          Nieuwe cliënt
        </button>
      </div>
      <div className="toolbar">
        <label htmlFor="zoek" className="visually-hidden">
          Zoek cliënt
        </label>
        <input
          id="zoek"
          ref={searchRef}
          type="search"
          placeholder="Zoek op naam, BSN, postcode of besluitnummer (/)"
          value={zoek}
          onChange={(e) => {
            downPending.current = false
            setZoek(e.target.value)
          }}
          onKeyDown={onSearchKey}
          aria-keyshortcuts="ArrowDown Enter"
          className="search"
          maxLength={100}
          autoComplete="off"
        />
        <span className="muted" role="status" aria-live="polite">
          {caseload.ready ? `${caseload.capped ? 'Meer dan ' : ''}${aantal(caseload.total, 'cliënt', 'cliënten')}` : 'Laden…'}
        </span>
        <ViewsMenu views={views.data ?? []} current={view} onApply={setView} onChanged={views.reload} />
      </div>
      <CaseloadFilters filter={view.filter} onChange={(filter) => setView({ ...view, filter })} adviseurs={adviseurs.data ?? []} />
      {selectedIds.length > 0 && !mayReassign(team) && (
        <p className="alert alert-info">Dossiers overdragen aan een collega doet de teamleider.</p>
      )}
      {selectedIds.length > 0 && mayReassign(team) && (
        <BulkReassign
          selected={selectedIds}
          adviseurs={adviseurs.data ?? []}
          onClear={() => setSelection({})}
          onDone={() => {
            setSelection({})
            caseload.reload()
          }}
        />
      )}
      <ErrorAlert message={caseload.error} />
      {caseload.ready && caseload.total === 0 ? (
        <div className="empty-state">
          {filtered ? (
            <p>Geen cliënten gevonden met deze zoekopdracht of filters.</p>
          ) : (
            <>
              <p>
                <strong>Uw caseload is nog leeg.</strong>
              </p>
              <p>Voeg een cliënt toe met de knop “Nieuwe cliënt”, of kies “Alle cliënten”.</p>
            </>
          )}
        </div>
      ) : (
        <CaseloadGrid
          table={table}
          total={caseload.capped ? null : caseload.total}
          busy={!caseload.fresh}
          sort={view.sort}
          onSort={(sort) => setView({ ...view, sort })}
          onOpen={open}
          loadMore={caseload.loadMore}
          onLeaveTop={() => searchRef.current?.focus()}
          ref={gridRef}
        />
      )}
      <Modal open={creating} title="Nieuwe cliënt" onClose={() => setCreating(false)}>
        <ClientForm
          onCancel={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false)
            notify(`Cliënt ${c.naam} is toegevoegd.`)
            open(c.id)
          }}
        />
      </Modal>
    </section>
  )
}
