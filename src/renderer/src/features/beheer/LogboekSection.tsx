import { useState } from 'react'
import { call, messageOf } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { AuditLog } from '../../components/AuditLog'

/** Who did what (NEN 7513 per-user view), and a check that the log is unchanged (keyed chain and its anchor). */
export function LogboekSection() {
  const adviseurs = useRoute('adviseurs.list', {})
  const [userId, setUserId] = useState<number | null>(null)
  const [verdict, setVerdict] = useState<string | null>(null)

  async function verify() {
    try {
      const r = await call('audit.verify', {})
      setVerdict(
        r.reden === null
          ? `Het logboek is onveranderd: ${r.records.toLocaleString('nl-NL')} vastleggingen gecontroleerd, met sleutel en anker.`
          : `Let op: ${r.reden} Meld dit direct bij functioneel beheer.`,
      )
    } catch (e) {
      setVerdict(messageOf(e))
    }
  }

  return (
    <section className="card" aria-labelledby="beheer-logboek">
      <h2 id="beheer-logboek">Logboek</h2>
      <div className="toolbar">
        <label>
          Adviseur{' '}
          <select value={userId ?? ''} onChange={(e) => setUserId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Alle adviseurs</option>
            {adviseurs.data?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.naam}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={verify}>
          Logboek controleren
        </button>
      </div>
      {verdict && (
        <p className={`alert ${verdict.startsWith('Let op') ? 'alert-error' : 'alert-ok'}`} role="status">
          {verdict}
        </p>
      )}
      <AuditLog key={userId ?? 'alle'} userId={userId} showClient />
    </section>
  )
}
