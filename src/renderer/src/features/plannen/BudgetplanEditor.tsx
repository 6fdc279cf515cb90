import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'
import type { BudgetplanInhoud } from '../../../../shared/contracts/plannen.inhoud'
import type { Controles } from '../../../../shared/contracts/plannen.routes'
import { formatMoney } from '../../../../shared/format/nl'
import { MoneyInput } from '../../components/MoneyInput'
import { TextArea } from '../../components/TextArea'
import { ZorgverlenerCard, localId } from './ZorgverlenerCard'
import { PgbVaardigheidEditor } from './PgbVaardigheidEditor'

/** The pgb-budgetplan: period, zorgbeschrijving per zorgverlener, mpt, wooninitiatief, and the pgb-vaardigheid. */
export function BudgetplanEditor(props: {
  inhoud: BudgetplanInhoud
  kosten: Controles['kosten']
  onChange: (next: BudgetplanInhoud) => void
  issues: Map<string, string>
  readOnly: boolean
}) {
  const { inhoud: b, issues, readOnly, kosten } = props
  const set = <K extends keyof BudgetplanInhoud>(key: K, value: BudgetplanInhoud[K]) => props.onChange({ ...b, [key]: value })
  const w = b.wooninitiatief
  const setW = (patch: Partial<typeof w>) => set('wooninitiatief', { ...w, ...patch })
  return (
    <div className="plan-editor">
      <fieldset className="card">
        <legend>Periode</legend>
        <p className="hint">Een pgb wordt per kalenderjaar verstrekt (Blz art. 3.6.1): de periode eindigt uiterlijk op 31 december.</p>
        <div className="form-grid">
          <Field label="Van" required error={issues.get('periodeVan')}>
            {(a) => (
              <DateInput {...a} readOnly={readOnly} value={b.periodeVan ?? ''} onChange={(v) => set('periodeVan', v === '' ? null : v)} />
            )}
          </Field>
          <Field label="Tot en met" required error={issues.get('periodeTot')}>
            {(a) => (
              <DateInput {...a} readOnly={readOnly} value={b.periodeTot ?? ''} onChange={(v) => set('periodeTot', v === '' ? null : v)} />
            )}
          </Field>
        </div>
      </fieldset>
      <h2 className="section-title">Zorgverleners en zorgbeschrijvingen</h2>
      {b.zorgverleners.length === 0 && <p className="muted">Nog geen zorgverleners. Voeg de eerste toe.</p>}
      {b.zorgverleners.map((zv, i) => (
        <ZorgverlenerCard
          key={zv.id}
          index={i}
          zv={zv}
          kostenCent={kosten?.perZorgverlener.find((k) => k.id === zv.id)?.cent ?? null}
          issues={issues}
          readOnly={readOnly}
          onChange={(next) =>
            set(
              'zorgverleners',
              b.zorgverleners.map((x, j) => (j === i ? next : x)),
            )
          }
          onRemove={() =>
            set(
              'zorgverleners',
              b.zorgverleners.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      {!readOnly && (
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              set('zorgverleners', [
                ...b.zorgverleners,
                {
                  id: localId('zv'),
                  naam: '',
                  soort: 'informeel',
                  kvkNummer: '',
                  bigNummer: '',
                  relatie: 'geen',
                  overeenkomst: 'opdracht',
                  regels: [],
                },
              ])
            }
          >
            Zorgverlener toevoegen
          </button>
        </div>
      )}
      {kosten && (
        <p className="plan-total" aria-live="polite">
          Totaal voor de periode ({kosten.dagen} dagen): <strong>{formatMoney(kosten.totaalCent)}</strong> · per jaar{' '}
          {formatMoney(kosten.perJaarCent)}
        </p>
      )}
      <fieldset className="card">
        <legend>Mpt en wooninitiatief</legend>
        <Field
          label="Kosten mpt per jaar"
          hint="Alleen als de cliënt een mpt met een pgb combineert (Wlz art. 3.3.2 lid 4 sub b)."
          error={issues.get('mptPerJaarCent')}
        >
          {(a) => <MoneyInput {...a} readOnly={readOnly} cents={b.mptPerJaarCent} onCents={(c) => set('mptPerJaarCent', c)} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={w.actief} disabled={readOnly} onChange={(e) => setW({ actief: e.target.checked })} /> De cliënt
          woont in een kleinschalig wooninitiatief
        </label>
        {w.actief && (
          <div className="form-grid">
            <Field label="Aantal bewoners met een pgb" error={issues.get('wooninitiatief.bewoners')}>
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  readOnly={readOnly}
                  value={w.bewoners ?? ''}
                  onChange={(e) => setW({ bewoners: e.target.value === '' ? null : Number(e.target.value) })}
                />
              )}
            </Field>
            <Field
              label="Afstand tussen de adressen (meter)"
              hint="Leeg laten als alle bewoners op één adres wonen."
              error={issues.get('wooninitiatief.afstandMeter')}
            >
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  readOnly={readOnly}
                  value={w.afstandMeter ?? ''}
                  onChange={(e) => setW({ afstandMeter: e.target.value === '' ? null : Number(e.target.value) })}
                />
              )}
            </Field>
            <label className="checkbox">
              <input type="checkbox" checked={w.eenAdres} disabled={readOnly} onChange={(e) => setW({ eenAdres: e.target.checked })} /> Eén
              adres
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={w.gemeenschappelijkeRuimte}
                disabled={readOnly}
                onChange={(e) => setW({ gemeenschappelijkeRuimte: e.target.checked })}
              />{' '}
              Gemeenschappelijke ruimte
            </label>
          </div>
        )}
        <TextArea
          label="Toelichting"
          value={b.toelichting}
          error={issues.get('toelichting')}
          readOnly={readOnly}
          onChange={(v) => set('toelichting', v)}
        />
      </fieldset>
      <PgbVaardigheidEditor inhoud={b} onChange={props.onChange} issues={issues} readOnly={readOnly} />
    </div>
  )
}
