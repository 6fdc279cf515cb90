import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'
import { MoneyInput } from '../../components/MoneyInput'
import type { BriefGegevens } from '../../../../shared/domain/brieven/gegevens'
import { grondenVoor, type BriefSoort } from '../../../../shared/domain/brieven/soorten'
import type { BriefDetail } from '../../../../shared/contracts/brieven.routes'
import { formatDateLong, formatMoney } from '../../../../shared/format/nl'
import { DATE_FIELDS, isOpMaatPgb, KEUZES, metIngangsdatum, MONEY_FIELDS, VELD_LABEL, veldenVoor, type Veld } from './velden'

/** From 2025 the budget is the vastgesteld budgetplan's total: shown, not typed. */
function PlanTotaal({ plan, reeks }: { plan: BriefDetail['budgetplan'] | undefined; reeks: boolean }) {
  if (reeks)
    return (
      <p className="plan-totaal">
        Vanaf 2025 is het pgb op maat: elke cliënt krijgt het totaal van zijn eigen vastgestelde budgetplan. Een cliënt zonder vastgesteld
        budgetplan krijgt de melding ‘Stel eerst het budgetplan vast’.
      </p>
    )
  if (!plan) return <p className="plan-totaal">Nog geen vastgesteld budgetplan voor deze periode. Stel eerst het budgetplan vast.</p>
  return (
    <p className="plan-totaal">
      Totaal van het vastgestelde budgetplan (versie {plan.nummer}, vastgesteld op {formatDateLong(plan.vastgesteldOp)}):{' '}
      <strong>{formatMoney(plan.totaalCent)}</strong> voor {formatDateLong(plan.periodeVan)} t/m {formatDateLong(plan.periodeTot)}.
    </p>
  )
}

/** The data fields one letter type asks for. Amounts are typed in euros and kept in cents. */
export function GegevensVelden(props: {
  soort: BriefSoort
  value: BriefGegevens
  onChange: (g: BriefGegevens) => void
  errors: Record<string, string>
  /** The vastgesteld budgetplan a pgb letter grants (from main); shown read-only from 2025. */
  budgetplan?: BriefDetail['budgetplan']
  /** A batch: one set of data for many clients. */
  reeks?: boolean
}) {
  const { value: g, onChange } = props
  const set = (veld: Veld, v: unknown) =>
    onChange(veld === 'ingangsdatum' ? metIngangsdatum(props.soort, g, v as string | null) : { ...g, [veld]: v })
  return (
    <div className="brief-velden">
      {isOpMaatPgb(props.soort, g) && <PlanTotaal plan={props.budgetplan} reeks={props.reeks ?? false} />}
      {veldenVoor(props.soort, g, props.reeks).map((veld) =>
        veld === 'gronden' ? (
          <fieldset key={veld} className="gronden">
            <legend>{VELD_LABEL.gronden} (kies minstens één)</legend>
            {grondenVoor(props.soort, g.voornemenVoor).map((gr) => (
              <label key={gr.code} className="checkbox">
                <input
                  type="checkbox"
                  checked={g.gronden.includes(gr.code)}
                  onChange={(e) => set('gronden', e.target.checked ? [...g.gronden, gr.code] : g.gronden.filter((c) => c !== gr.code))}
                />
                <span>
                  {gr.tekst} <span className="muted">({gr.artikel})</span>
                  {/* For the adviser only (e.g. an Rlz number that is not verified); never printed. */}
                  {gr.notitie && <span className="muted"> Let op: {gr.notitie}</span>}
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <Field key={veld} label={VELD_LABEL[veld]} error={props.errors[`gegevens.${veld}`]} required={isVerplicht(props.soort, veld)}>
            {(a11y) =>
              DATE_FIELDS.has(veld) ? (
                <DateInput {...a11y} value={(g[veld] as string | null) ?? ''} onChange={(v) => set(veld, v === '' ? null : v)} />
              ) : MONEY_FIELDS.has(veld) ? (
                <MoneyInput
                  {...a11y}
                  cents={g[veld] as number | null}
                  onCents={(c) => set(veld, c)}
                  invalidText="Vul een bedrag in euro’s in, bijvoorbeeld 48.123,45."
                />
              ) : KEUZES[veld] ? (
                <select
                  {...a11y}
                  value={(g[veld] as string | null) ?? ''}
                  onChange={(e) => set(veld, e.target.value === '' ? null : e.target.value)}
                >
                  <option value="">Kies…</option>
                  {KEUZES[veld].map(([waarde, label]) => (
                    <option key={waarde} value={waarde}>
                      {label}
                    </option>
                  ))}
                </select>
              ) : veld === 'adviescommissie' ? (
                <input {...a11y} type="checkbox" checked={g.adviescommissie} onChange={(e) => set(veld, e.target.checked)} />
              ) : veld === 'zienswijzeWeken' ? (
                <input
                  {...a11y}
                  type="number"
                  min={1}
                  max={6}
                  step={1}
                  value={g.zienswijzeWeken}
                  onChange={(e) => set(veld, Number(e.target.value))}
                />
              ) : veld === 'bedragAfwijkingReden' ? (
                <textarea {...a11y} rows={3} maxLength={2000} value={g.bedragAfwijkingReden} onChange={(e) => set(veld, e.target.value)} />
              ) : veld === 'urenPerWeek' ? (
                <input
                  {...a11y}
                  type="number"
                  min={0}
                  max={168}
                  step={0.5}
                  value={g.urenPerWeek ?? ''}
                  onChange={(e) => set(veld, e.target.value === '' ? null : Number(e.target.value))}
                />
              ) : (
                <input {...a11y} type="text" maxLength={200} value={g[veld] as string} onChange={(e) => set(veld, e.target.value)} />
              )
            }
          </Field>
        ),
      )}
    </div>
  )
}

const OPTIONEEL: ReadonlySet<Veld> = new Set([
  'einddatum',
  'maximumCenten',
  'gesprekPlaats',
  'bestredenKenmerk',
  'adviescommissie',
  'toegekendCenten',
  'bedragAfwijkingReden',
  'zienswijze',
  'zienswijzeOverslaan',
  'voornemenKenmerk',
  'voornemenDatum',
  'zorgverzekeraar',
])

/** Mirrors what blocks finalising (inhoud.ts): the application date only matters for a refusal. */
function isVerplicht(soort: BriefSoort, veld: Veld): boolean {
  if (OPTIONEEL.has(veld)) return false
  if (veld === 'aanvraagOntvangenOp') return soort.endsWith('_afwijzing')
  if (veld === 'aanbieder') return soort !== 'overbrugging' && soort !== 'dubbel_verzekerd'
  return true
}
