import { useId, useState } from 'react'

/**
 * A file chooser with Dutch text on every machine: the native input stays (keyboard and screen
 * readers use it) but is visually hidden behind a button-styled label and the chosen file name.
 */
export function FileInput(props: {
  id?: string
  accept: string
  onFile: (file: File | undefined) => void
  'aria-describedby'?: string
  'data-soort'?: string
}) {
  const fallbackId = useId()
  const id = props.id ?? fallbackId
  const [name, setName] = useState<string | null>(null)
  return (
    <div className="file-input">
      <input
        id={id}
        type="file"
        accept={props.accept}
        className="visually-hidden"
        aria-describedby={props['aria-describedby']}
        data-soort={props['data-soort']}
        onChange={(e) => {
          const file = e.target.files?.[0]
          setName(file?.name ?? null)
          props.onFile(file)
        }}
      />
      <span className="file-button" aria-hidden="true" onClick={() => document.getElementById(id)?.click()}>
        Bestand kiezen…
      </span>
      <span className={name ? '' : 'muted'}>{name ?? 'Geen bestand gekozen'}</span>
    </div>
  )
}
