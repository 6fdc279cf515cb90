import { useState, type ReactNode } from 'react'
import { Modal } from './Modal'

/** A button that asks first: destructive actions always get a confirmation with plain words. */
export function ConfirmButton(props: {
  label: string
  title: string
  confirmLabel: string
  children: ReactNode
  onConfirm: () => Promise<void> | void
  className?: string
}) {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  return (
    <>
      <button type="button" className={props.className} onClick={() => setOpen(true)}>
        {props.label}
      </button>
      <Modal open={open} title={props.title} onClose={() => setOpen(false)}>
        <div className="form">
          {props.children}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={async () => {
                setBusy(true)
                try {
                  await props.onConfirm()
                  setOpen(false)
                } finally {
                  setBusy(false)
                }
              }}
            >
              {props.confirmLabel}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Annuleren
            </button>
          </div>
        </div>
      </Modal>
    </>
  )
}
