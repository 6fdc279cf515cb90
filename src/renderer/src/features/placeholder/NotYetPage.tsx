/** An honest empty state for a part of the app that is not built yet: it says so, it does not pretend. */
export function NotYetPage({ title, what }: { title: string; what: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="empty-state">
        <p>
          <strong>Dit onderdeel is nog niet beschikbaar in deze versie.</strong>
        </p>
        <p>Hier komt: {what}.</p>
      </div>
    </section>
  )
}
