import { Field } from '../../components/Field'
import { ConfirmButton } from '../../components/ConfirmButton'
import {
  EENHEDEN,
  EENHEID_LABEL,
  OVEREENKOMSTEN,
  OVEREENKOMST_LABEL,
  RELATIES,
  RELATIE_LABEL,
  ZORG_SOORTEN,
  ZORG_SOORT_LABEL,
  type BudgetZorgverlener,
  type ZorgRegel,
} from '../../../../shared/contracts/plannen.inhoud'
import { formatMoney } from '../../../../shared/format/nl'
import { MoneyInput } from '../../components/MoneyInput'
import { DecimalInput } from './DecimalInput'

export const localId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

const nieuweRegel = (): ZorgRegel => ({
  id: localId('r'),
  soortZorg: 'verzorging',
  eenheid: 'uur',
  perWeek: 0,
  tariefCent: 0,
  wanneer: '',
  omschrijving: '',
})

/** One zorgverlener of a budgetplan with the zorgbeschrijving as lines: what, when, how much, at what rate. */
export function ZorgverlenerCard(props: {
  index: number
  zv: BudgetZorgverlener
  kostenCent: number | null
  onChange: (zv: BudgetZorgverlener) => void
  onRemove: () => void
  issues: Map<string, string>
  readOnly: boolean
}) {
  const { zv, index, issues, readOnly } = props
  const path = `zorgverleners.${index}`
  const set = <K extends keyof BudgetZorgverlener>(key: K, value: BudgetZorgverlener[K]) => props.onChange({ ...zv, [key]: value })
  const setRegel = (i: number, r: ZorgRegel) =>
    set(
      'regels',
      zv.regels.map((x, j) => (j === i ? r : x)),
    )
  const title = zv.naam || `Zorgverlener ${index + 1}`
  return (
    <fieldset className="card zorgverlener">
      <legend>{title}</legend>
      <div className="form-grid">
        <Field label="Naam" required error={issues.get(`${path}.naam`)}>
          {(a) => <input {...a} value={zv.naam} readOnly={readOnly} onChange={(e) => set('naam', e.target.value)} />}
        </Field>
        <Field label="Soort zorgverlener" required hint="Formeel: zorgbedrijf of zzp'er in de KvK, of BIG-geregistreerd (Blz art. 3.6.5).">
          {(a) => (
            <select
              {...a}
              value={zv.soort}
              disabled={readOnly}
              onChange={(e) => set('soort', e.target.value as BudgetZorgverlener['soort'])}
            >
              <option value="informeel">Informeel (mantelzorger, familie, bekende)</option>
              <option value="formeel">Formeel</option>
            </select>
          )}
        </Field>
        <Field label="Relatie met de cliënt" required>
          {(a) => (
            <select
              {...a}
              value={zv.relatie}
              disabled={readOnly}
              onChange={(e) => set('relatie', e.target.value as BudgetZorgverlener['relatie'])}
            >
              {RELATIES.map((r) => (
                <option key={r} value={r}>
                  {RELATIE_LABEL[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Zorgovereenkomst (SVB-model)" required>
          {(a) => (
            <select
              {...a}
              value={zv.overeenkomst}
              disabled={readOnly}
              onChange={(e) => set('overeenkomst', e.target.value as BudgetZorgverlener['overeenkomst'])}
            >
              {OVEREENKOMSTEN.map((o) => (
                <option key={o} value={o}>
                  {OVEREENKOMST_LABEL[o]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {zv.soort === 'formeel' && (
          <>
            <Field label="KvK-nummer" error={issues.get(`${path}.kvkNummer`)}>
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  value={zv.kvkNummer}
                  readOnly={readOnly}
                  onChange={(e) => set('kvkNummer', e.target.value)}
                />
              )}
            </Field>
            <Field label="BIG-nummer" error={issues.get(`${path}.bigNummer`)}>
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  value={zv.bigNummer}
                  readOnly={readOnly}
                  onChange={(e) => set('bigNummer', e.target.value)}
                />
              )}
            </Field>
          </>
        )}
      </div>
      <table className="regels">
        <caption>Zorgbeschrijving van {title}</caption>
        <thead>
          <tr>
            <th scope="col">Soort zorg</th>
            <th scope="col">Eenheid</th>
            <th scope="col">Aantal per week</th>
            <th scope="col">Tarief</th>
            <th scope="col">Wanneer</th>
            <th scope="col">Wat precies</th>
            {!readOnly && (
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {zv.regels.map((r, i) => {
            const rp = `${path}.regels.${i}`
            const err = [issues.get(`${rp}.perWeek`), issues.get(`${rp}.tariefCent`), issues.get(`${rp}.omschrijving`)]
              .filter(Boolean)
              .join(' ')
            return (
              <tr key={r.id} className={err ? 'row-invalid' : undefined}>
                <td>
                  <select
                    aria-label={`Soort zorg, regel ${i + 1}`}
                    value={r.soortZorg}
                    disabled={readOnly}
                    onChange={(e) => setRegel(i, { ...r, soortZorg: e.target.value as ZorgRegel['soortZorg'] })}
                  >
                    {ZORG_SOORTEN.map((s) => (
                      <option key={s} value={s}>
                        {ZORG_SOORT_LABEL[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Eenheid, regel ${i + 1}`}
                    value={r.eenheid}
                    disabled={readOnly}
                    onChange={(e) => setRegel(i, { ...r, eenheid: e.target.value as ZorgRegel['eenheid'] })}
                  >
                    {EENHEDEN.map((u) => (
                      <option key={u} value={u}>
                        per {EENHEID_LABEL[u]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <DecimalInput
                    aria-label={`Aantal per week, regel ${i + 1}`}
                    aria-invalid={issues.has(`${rp}.perWeek`) || undefined}
                    readOnly={readOnly}
                    value={r.perWeek}
                    onValue={(n) => setRegel(i, { ...r, perWeek: n })}
                  />
                </td>
                <td>
                  <MoneyInput
                    aria-label={`Tarief, regel ${i + 1}`}
                    readOnly={readOnly}
                    cents={r.tariefCent}
                    onCents={(c) => setRegel(i, { ...r, tariefCent: c ?? 0 })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Wanneer, regel ${i + 1}`}
                    value={r.wanneer}
                    readOnly={readOnly}
                    onChange={(e) => setRegel(i, { ...r, wanneer: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Wat precies, regel ${i + 1}`}
                    value={r.omschrijving}
                    readOnly={readOnly}
                    onChange={(e) => setRegel(i, { ...r, omschrijving: e.target.value })}
                  />
                  {err && <span className="inline-error">{err}</span>}
                </td>
                {!readOnly && (
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        set(
                          'regels',
                          zv.regels.filter((_, j) => j !== i),
                        )
                      }
                    >
                      Verwijder<span className="visually-hidden"> regel {i + 1}</span>
                    </button>
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="actions">
        {!readOnly && (
          <button type="button" onClick={() => set('regels', [...zv.regels, nieuweRegel()])}>
            Zorgregel toevoegen
          </button>
        )}
        {props.kostenCent !== null && <span className="subtotal">Kosten voor de periode: {formatMoney(props.kostenCent)}</span>}
        {!readOnly && (
          <ConfirmButton
            label={`${title} verwijderen`}
            title="Zorgverlener verwijderen?"
            confirmLabel="Verwijderen"
            onConfirm={props.onRemove}
            className="danger"
          >
            <p>{title} en de zorgbeschrijving verdwijnen uit dit concept. Eerdere vastgestelde versies blijven zoals ze zijn.</p>
          </ConfirmButton>
        )}
      </div>
    </fieldset>
  )
}
