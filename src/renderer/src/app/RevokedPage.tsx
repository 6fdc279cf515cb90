/**
 * Functioneel beheer revoked this workstation at the teamserver (a lost or replaced laptop): its data
 * is gone. Nothing to restore here; say what happened and who to call.
 */
export function RevokedPage({ message }: { message: string }) {
  return (
    <main className="centered">
      <section className="card narrow" aria-labelledby="revoked-title">
        <h1 id="revoked-title">Deze werkplek is ingetrokken</h1>
        <p className="alert alert-error" role="alert">
          {message}
        </p>
        <p>
          Functioneel beheer heeft deze computer bij de teamserver ingetrokken, bijvoorbeeld omdat hij kwijt is. Wat al verstuurd was, staat
          veilig op de teamserver. Neem contact op met functioneel beheer om weer te kunnen werken.
        </p>
      </section>
    </main>
  )
}
