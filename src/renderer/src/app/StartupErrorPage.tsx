import { BackupsPanel } from '../features/beheer/BackupsPanel'
import { HerstelForm } from '../features/sleutel/HerstelForm'

/** The database could not be opened: say why, change nothing, and offer the back-ups. */
export function StartupErrorPage({ message, code }: { message: string; code: string | undefined }) {
  return (
    <main className="centered">
      <section className="card narrow" aria-labelledby="startup-error-title">
        <h1 id="startup-error-title">Wlz Werkplek kan de gegevens niet openen</h1>
        <p className="alert alert-error" role="alert">
          {message}
        </p>
        <p>
          Uw gegevens zijn niet gewijzigd of verwijderd. U kunt een back-up terugzetten, of de app sluiten en contact opnemen met
          functioneel beheer.
        </p>
        {/* The key cannot be unwrapped (keystore lost, other laptop): the recovery code opens it again. */}
        {code === 'DB_KEY_INVALID' && <HerstelForm metBackup={false} />}
        <h2>Back-ups</h2>
        <BackupsPanel allowCreate={false} />
      </section>
    </main>
  )
}
