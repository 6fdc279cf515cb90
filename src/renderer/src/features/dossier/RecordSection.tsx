import { useState, type ReactNode } from 'react'
import { Modal } from '../../components/Modal'

/** What the edit form of one record gets: its client, the record (null for a new one), and what follows a save or a cancel. */
export interface RecordEditorProps<T> {
  clientId: number
  item: T | null
  close: () => void
  onSaved: () => void
}

/**
 * A dossier list with "Nieuw…" and "Bewerken" in a dialog: the shape shared by representatives,
 * indicaties, leveringsvormen, aanvragen and bezwaren.
 */
export function RecordSection<T extends { id: number }>(props: {
  title: string
  newLabel: string
  empty: string
  items: readonly T[]
  renderItem: (item: T) => ReactNode
  form: (item: T | null, close: () => void) => ReactNode
}) {
  const [editing, setEditing] = useState<T | null | undefined>(undefined)
  const close = () => setEditing(undefined)
  const headingId = `section-${props.title.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>{props.title}</h2>
        <button type="button" onClick={() => setEditing(null)}>
          {props.newLabel}
        </button>
      </div>
      {props.items.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="record-list">
          {props.items.map((item) => (
            <li key={item.id}>
              <div className="record-body">{props.renderItem(item)}</div>
              <button type="button" className="link-button" onClick={() => setEditing(item)}>
                Bewerken
              </button>
            </li>
          ))}
        </ul>
      )}
      <Modal open={editing !== undefined} title={editing ? `${props.title}: bewerken` : props.newLabel} onClose={close}>
        {editing !== undefined && props.form(editing, close)}
      </Modal>
    </section>
  )
}
