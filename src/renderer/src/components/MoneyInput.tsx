import { useState, type InputHTMLAttributes } from 'react'
import { formatMoneyInput, parseDutchMoney } from '../../../shared/format/money'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  cents: number | null
  onCents: (cents: number | null) => void
  /** Shown while the text is not an amount; an example that fits the field helps. */
  invalidText?: string
}

/**
 * Money typed the Dutch way, read by the app's one parser (parseDutchMoney: "1.234,56", "12.50" and
 * "1.250" all work). Keeps the text while it is not an amount yet; an empty field is null.
 */
export function MoneyInput({ cents, onCents, invalidText = 'Vul een bedrag in als 1.234,56', ...rest }: Props) {
  const [text, setText] = useState(cents === null ? '' : formatMoneyInput(cents))
  const [bad, setBad] = useState(false)
  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="decimal"
        className="money"
        value={text}
        aria-invalid={bad || rest['aria-invalid'] ? true : undefined}
        onChange={(e) => {
          setText(e.target.value)
          const parsed = e.target.value.trim() === '' ? null : parseDutchMoney(e.target.value)
          setBad(e.target.value.trim() !== '' && parsed === null)
          if (e.target.value.trim() === '' || parsed !== null) onCents(parsed)
        }}
        onBlur={() => {
          if (!bad && cents !== null) setText(formatMoneyInput(cents))
        }}
      />
      {bad && (
        <span className="inline-error" role="alert">
          {invalidText}
        </span>
      )}
    </>
  )
}
