import type { Key, ReactNode } from 'react'

export interface Column<T> {
  header: ReactNode
  /** Only screen readers get the header, e.g. for a column of buttons. */
  hideHeader?: boolean
  cell: (row: T, index: number) => ReactNode
  /** Class of the column's cells ('num' aligns figures); a function marks single cells. */
  className?: string | ((row: T) => string | undefined)
  /** The cell names its row for screen readers (<th scope="row">). */
  rowHeader?: boolean
}

/**
 * A read-only table of records: one column definition per column, header cells with scope, and a
 * caption or label so screen readers can name it. `false` in `columns` leaves a column out.
 */
export function DataTable<T>(props: {
  columns: ReadonlyArray<Column<T> | false>
  rows: readonly T[]
  rowKey: (row: T, index: number) => Key
  caption?: ReactNode
  /** The caption names the table for screen readers only. */
  captionHidden?: boolean
  /** aria-label, for a table without a caption. */
  label?: string
  /** Classes next to data-table, e.g. 'compact'. */
  className?: string
  rowClassName?: (row: T) => string | undefined
  busy?: boolean
}) {
  const columns = props.columns.filter((c): c is Column<T> => c !== false)
  return (
    <table className={props.className ? `data-table ${props.className}` : 'data-table'} aria-label={props.label} aria-busy={props.busy}>
      {props.caption !== undefined && <caption className={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c.hideHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, r) => (
          <tr key={props.rowKey(row, r)} className={props.rowClassName?.(row)}>
            {columns.map((c, i) => {
              const className = typeof c.className === 'function' ? c.className(row) : c.className
              return c.rowHeader ? (
                <th key={i} scope="row" className={className}>
                  {c.cell(row, r)}
                </th>
              ) : (
                <td key={i} className={className}>
                  {c.cell(row, r)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Lets a wide table scroll on its own. With a label it is a named region that keyboard users can
 * focus and scroll with the arrow keys.
 */
export function TableScroll(props: { label?: string; busy?: boolean; wide?: boolean; children: ReactNode }) {
  const className = props.wide ? 'table-scroll wide' : 'table-scroll'
  if (!props.label) return <div className={className}>{props.children}</div>
  return (
    <div className={className} tabIndex={0} role="region" aria-label={props.label} aria-busy={props.busy}>
      {props.children}
    </div>
  )
}
