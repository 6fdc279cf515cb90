import { memo, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { FlexRender, type ReactTable, type Row } from '@tanstack/react-table'
import type { CaseloadRow, Kolom } from '../../../../shared/contracts/caseload.routes'
import { SORT_KOLOMMEN } from '../../../../shared/contracts/caseload.routes'
import { KOLOM_BREEDTE, type features } from './caseloadColumns'

type Table = ReactTable<typeof features, CaseloadRow>
type Sort = { kolom: (typeof SORT_KOLOMMEN)[number]; richting: 'asc' | 'desc' }
const ROW_HEIGHT = 38
const isSortable = (id: string): id is Sort['kolom'] => (SORT_KOLOMMEN as readonly string[]).includes(id)

/** What the page may ask of the grid: keyboard focus on a row (from the search box, or back from a dossier). */
export interface GridHandle {
  /** Focuses the grid with the row at `index` active. */
  focusRow(index: number): void
  /** Focuses the grid on the row of this client; false when that row is not in the list. */
  focusClient(clientId: number): boolean
}

/**
 * The caseload as an ARIA grid with virtualised rows: only the visible rows are in the DOM, more
 * are fetched near the end. Keyboard: ↑/↓, PgUp/PgDn, Home/End move; Enter opens the dossier;
 * Space selects; ↑ on the first row goes back to the search box (`onLeaveTop`). The grid keeps focus and points at the active row (aria-activedescendant).
 */
export function CaseloadGrid(props: {
  table: Table
  /** Null while the matches are not counted yet ("meer dan"). */
  total: number | null
  busy: boolean
  sort: Sort
  onSort: (s: Sort) => void
  onOpen: (id: number) => void
  loadMore: () => void
  onLeaveTop?: () => void
  ref?: Ref<GridHandle>
}) {
  const { table, total } = props
  const rows = table.getRowModel().rows
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const template = table
    .getVisibleLeafColumns()
    .map((c) => KOLOM_BREEDTE[c.id as Kolom | 'select'])
    .join(' ')

  // The next page is fetched when the last row in view (not the overscan) comes within 12 rows of
  // the end. Counting the overscan asked for a second page after every first page, that is a
  // second query per keystroke while typing (issue 15).
  const lastVisible = virtualizer.range?.endIndex ?? 0
  useEffect(() => {
    if (rows.length && lastVisible >= rows.length - 12) props.loadMore()
  }, [lastVisible, rows.length, props])
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, rows.length - 1))), [rows.length])

  function move(to: number) {
    const next = Math.max(0, Math.min(rows.length - 1, to))
    setActive(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  useImperativeHandle(props.ref, () => ({
    focusRow(index) {
      move(index)
      scrollRef.current?.focus()
    },
    focusClient(clientId) {
      const index = rows.findIndex((r) => r.original.id === clientId)
      if (index === -1) return false
      move(index)
      scrollRef.current?.focus()
      return true
    },
  }))

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || !rows.length) return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1)
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => (active === 0 && props.onLeaveTop ? props.onLeaveTop() : move(active - 1)),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => props.onOpen(rows[active]!.original.id),
      ' ': () => rows[active]!.toggleSelected(),
    }
    const action = actions[e.key]
    if (!action) return
    e.preventDefault()
    action()
  }

  // The rows get stable callbacks, so a row whose client, place and state did not change is not drawn again.
  const onOpen = useRef(props.onOpen)
  onOpen.current = props.onOpen
  const open = useCallback((id: number) => onOpen.current(id), [])

  const activeRow = rows[active]
  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label="Caseload"
      aria-rowcount={total === null ? -1 : total + 1}
      aria-colcount={table.getVisibleLeafColumns().length}
      aria-multiselectable="true"
      aria-busy={props.busy}
      aria-activedescendant={activeRow ? `caseload-row-${activeRow.original.id}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="grid-head">
        {table.getHeaderGroups().map((group) => (
          <div role="row" aria-rowindex={1} key={group.id} className="grid-row" style={{ gridTemplateColumns: template }}>
            {group.headers.map((header) => {
              const id = header.column.id
              const sorted = props.sort.kolom === id ? props.sort.richting : null
              return (
                <div
                  role="columnheader"
                  key={header.id}
                  className="grid-cell"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : isSortable(id) ? 'none' : undefined}
                >
                  {isSortable(id) ? (
                    <button
                      type="button"
                      className="sort-button"
                      tabIndex={-1}
                      onClick={() => props.onSort({ kolom: id, richting: sorted === 'asc' ? 'desc' : 'asc' })}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index]!
          // Keyed by place, not by client: when a keystroke brings other clients, the rows on
          // screen keep their elements and only their text changes, instead of 24 rows of elements
          // being removed and built again (issue 15).
          return (
            <GridRow
              key={item.index}
              row={row}
              index={item.index}
              start={item.start}
              active={item.index === active}
              selected={row.getIsSelected()}
              template={template}
              onActivate={setActive}
              onOpen={open}
            />
          )
        })}
      </div>
    </div>
  )
}

interface GridRowProps {
  row: Row<typeof features, CaseloadRow>
  index: number
  start: number
  active: boolean
  selected: boolean
  template: string
  onActivate: (index: number) => void
  onOpen: (id: number) => void
}

/**
 * One row of the grid. While the adviser types, every keystroke redraws the page and each answer
 * brings new row objects, mostly for clients already on screen: a row is drawn again only when its
 * client's data, its place, its selection or the columns changed (issue 15: keystroke → table).
 * It takes no `table`: useTable hands out a new table object on every render of the page, which
 * made every row draw again on every keystroke; the visible columns reach it through `template`.
 */
const GridRow = memo(
  function GridRow({ row, index, start, active, selected, template, onActivate, onOpen }: GridRowProps) {
    return (
      <div
        role="row"
        id={`caseload-row-${row.original.id}`}
        aria-rowindex={index + 2}
        aria-selected={selected}
        className={`grid-row${active ? ' active' : ''}`}
        style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
        onClick={() => onActivate(index)}
        onDoubleClick={() => onOpen(row.original.id)}
      >
        {row.getVisibleCells().map((cell) => (
          <div role="gridcell" key={cell.column.id} className="grid-cell">
            <FlexRender cell={cell} />
          </div>
        ))}
      </div>
    )
  },
  (a, b) =>
    a.index === b.index &&
    a.start === b.start &&
    a.active === b.active &&
    a.selected === b.selected &&
    a.template === b.template &&
    a.onActivate === b.onActivate &&
    a.onOpen === b.onOpen &&
    (a.row.original === b.row.original || JSON.stringify(a.row.original) === JSON.stringify(b.row.original)),
)
