export function StartupErrorPage({ message }: { message: string }) {
  return (
    <main className="centered">
      <section className="card narrow" aria-labelledby="startup-error-title">
        <h1 id="startup-error-title">Wlz Werkplek kan de gegevens niet openen</h1>
        <p className="alert alert-error" role="alert">
          {message}
        </p>
        <p>Sluit de app en neem contact op met functioneel beheer. Uw gegevens zijn niet gewijzigd of verwijderd.</p>
      </section>
    </main>
  )
}
