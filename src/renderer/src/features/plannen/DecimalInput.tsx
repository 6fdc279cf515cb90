import { useState, type InputHTMLAttributes } from 'react'
import { formatMoneyInput, parseDutchMoney } from '../../../../shared/format/money'

type Base = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>

/** Money typed the Dutch way ("1.234,56"; "1234.56" works too). Keeps the text while it is not an amount yet. */
export function MoneyInput({ cents, onCents, ...rest }: Base & { cents: number | null; onCents: (cents: number | null) => void }) {
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
      {bad && <span className="inline-error">Vul een bedrag in als 1.234,56</span>}
    </>
  )
}

/** A decimal number with a comma or a dot ("2,5"). Negative numbers pass through so validation can name them. */
export function DecimalInput({ value, onValue, ...rest }: Base & { value: number; onValue: (n: number) => void }) {
  const [text, setText] = useState(String(value).replace('.', ','))
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      className="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        const n = Number(e.target.value.replace(',', '.'))
        if (e.target.value.trim() !== '' && Number.isFinite(n)) onValue(n)
      }}
    />
  )
}
