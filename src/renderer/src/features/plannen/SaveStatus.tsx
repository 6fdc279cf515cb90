import type { Autosave } from './useAutosave'

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })

/** "Opgeslagen 14:32" — visible and announced, so the adviser knows the text is safe. */
export function SaveStatus({ autosave }: { autosave: Autosave }) {
  const { state, savedAt, message } = autosave
  const text =
    state === 'opgeslagen'
      ? `Opgeslagen ${time.format(new Date(savedAt))}`
      : state === 'bezig'
        ? 'Bezig met opslaan…'
        : state === 'wijzigingen'
          ? 'Wijzigingen worden opgeslagen…'
          : message
  return (
    <p className={`save-status save-${state}`} role="status" aria-live="polite">
      {text}
    </p>
  )
}
