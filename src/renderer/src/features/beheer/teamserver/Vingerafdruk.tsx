/**
 * A certificate fingerprint in four rows of eight pairs, the way a person compares it with what the
 * server printed: row by row, without the colons in the way.
 */
export function Vingerafdruk({ value, label = 'Vingerafdruk (SHA-256)' }: { value: string; label?: string }) {
  const pairs = value.split(':')
  const rows = [0, 8, 16, 24].map((i) => pairs.slice(i, i + 8).join(' ')).filter(Boolean)
  return (
    <figure className="vingerafdruk">
      <figcaption>{label}</figcaption>
      <code aria-label={`${label}: ${pairs.join(' ')}`}>
        {rows.map((r, i) => (
          <span key={i}>{r}</span>
        ))}
      </code>
    </figure>
  )
}
