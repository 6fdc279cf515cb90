import { ErrorAlert } from './ErrorAlert'

/**
 * What a detail page shows before its data is there: "… wordt geladen" while loading, or the error
 * with a way back to the list it came from (a deleted client, a plan that no longer exists).
 */
export function PageLoad({ error, loading, back }: { error: string | null; loading: string; back: { href: string; label: string } }) {
  if (!error) return <p role="status">{loading}</p>
  return (
    <section>
      <p className="breadcrumb">
        <a href={back.href}>{back.label}</a>
      </p>
      <ErrorAlert message={error} />
    </section>
  )
}
