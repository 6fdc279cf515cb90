import { useEffect, useId, useRef, type ReactNode } from 'react'

/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes it, and focus
 * returns to the button that opened it.
 */
export function Modal(props: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null)
  // Its own title id: several dialogs may be in the page at once (closed ones included).
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (props.open && !dialog.open) dialog.showModal()
    if (!props.open && dialog.open) dialog.close()
  }, [props.open])
  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onClose={props.onClose} onCancel={props.onClose}>
      <header className="modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="icon-button" onClick={props.onClose} aria-label="Sluiten">
          ×
        </button>
      </header>
      {props.open && props.children}
    </dialog>
  )
}
