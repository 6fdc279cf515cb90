import { useState, type InputHTMLAttributes, type Ref } from 'react'
import { formatDate, parseDutchDate } from '../../../shared/format/nl'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** ISO date, or whatever was typed when it is not (yet) a date, so validation can say why. */
  value: string
  onChange: (value: string) => void
  /** react-hook-form's ref, so a date with an error gets the focus like any other field. */
  ref?: Ref<HTMLInputElement>
}

/**
 * A date typed as dd-mm-jjjj, the same on every machine (the native date picker follows the
 * OS language). Hands an ISO date to the form as soon as the text is a real date.
 */
export function DateInput({ value, onChange, onBlur, ...rest }: Props) {
  const [text, setText] = useState(() => (parseDutchDate(value) ? formatDate(value) : value))
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      placeholder="dd-mm-jjjj"
      autoComplete="off"
      className={`date ${rest.className ?? ''}`.trim()}
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        onChange(parseDutchDate(e.target.value) ?? e.target.value)
      }}
      onBlur={(e) => {
        const iso = parseDutchDate(text)
        if (iso) setText(formatDate(iso))
        onBlur?.(e)
      }}
    />
  )
}
