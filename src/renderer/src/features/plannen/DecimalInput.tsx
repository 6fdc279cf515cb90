import { useState, type InputHTMLAttributes } from 'react'

type Base = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>

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
