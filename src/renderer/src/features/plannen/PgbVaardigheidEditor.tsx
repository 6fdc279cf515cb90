import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'
import { OORDELEN, PGB_VAARDIGHEID_PUNTEN, type BudgetplanInhoud } from '../../../../shared/contracts/plannen.inhoud'
import { TextArea } from '../../components/TextArea'

const OORDEEL_LABEL = { voldoende: 'Voldoende', twijfel: 'Twijfel', onvoldoende: 'Onvoldoende' } as const

/** The 10 punten pgb-vaardigheid with the adviser's judgement, and the bewust keuzegesprek (Wlz art. 3.3.3 lid 4 sub b–d). */
export function PgbVaardigheidEditor(props: {
  inhoud: BudgetplanInhoud
  onChange: (next: BudgetplanInhoud) => void
  issues: Map<string, string>
  readOnly: boolean
}) {
  const { inhoud: b, readOnly, issues } = props
  const k = b.keuzegesprek
  const setK = (patch: Partial<typeof k>) => props.onChange({ ...b, keuzegesprek: { ...k, ...patch } })
  const setPunt = (i: number, patch: Partial<BudgetplanInhoud['pgbVaardigheid'][number]>) =>
    props.onChange({ ...b, pgbVaardigheid: b.pgbVaardigheid.map((p, j) => (j === i ? { ...p, ...patch } : p)) })
  return (
    <>
      <fieldset className="card">
        <legend>Pgb-vaardigheid: 10 punten</legend>
        <ol className="punten">
          {PGB_VAARDIGHEID_PUNTEN.map((tekst, i) => {
            const p = b.pgbVaardigheid[i]!
            return (
              <li key={i}>
                <fieldset className="punt">
                  <legend>{tekst}</legend>
                  <div className="radio-group">
                    {OORDELEN.map((o) => (
                      <label key={o}>
                        <input
                          type="radio"
                          name={`punt-${i}`}
                          value={o}
                          checked={p.oordeel === o}
                          disabled={readOnly}
                          onChange={() => setPunt(i, { oordeel: o })}
                        />{' '}
                        {OORDEEL_LABEL[o]}
                      </label>
                    ))}
                  </div>
                  <input
                    aria-label={`Toelichting bij punt ${i + 1}`}
                    placeholder="Toelichting"
                    value={p.toelichting}
                    readOnly={readOnly}
                    onChange={(e) => setPunt(i, { toelichting: e.target.value })}
                  />
                </fieldset>
              </li>
            )
          })}
        </ol>
      </fieldset>
      <fieldset className="card">
        <legend>Bewust keuzegesprek</legend>
        <div className="form-grid">
          <Field label="Datum" error={issues.get('keuzegesprek.datum')}>
            {(a) => <DateInput {...a} readOnly={readOnly} value={k.datum ?? ''} onChange={(v) => setK({ datum: v === '' ? null : v })} />}
          </Field>
          <Field label="Uitkomst">
            {(a) => (
              <select
                {...a}
                disabled={readOnly}
                value={k.uitkomst ?? ''}
                onChange={(e) => setK({ uitkomst: e.target.value === '' ? null : (e.target.value as 'positief') })}
              >
                <option value="">Nog niet bekend</option>
                <option value="positief">Positief: bewuste keuze voor pgb</option>
                <option value="aangehouden">Aangehouden: vervolggesprek nodig</option>
                <option value="negatief">Negatief: geen pgb</option>
              </select>
            )}
          </Field>
          <Field label="Aanwezig" hint="Budgethouder, bewindvoerder, gewaarborgde hulp; geen zorgverlener.">
            {(a) => <input {...a} readOnly={readOnly} value={k.aanwezigen} onChange={(e) => setK({ aanwezigen: e.target.value })} />}
          </Field>
          <Field label="Gewaarborgde hulp">
            {(a) => (
              <input {...a} readOnly={readOnly} value={k.gewaarborgdeHulp} onChange={(e) => setK({ gewaarborgdeHulp: e.target.value })} />
            )}
          </Field>
        </div>
        <TextArea
          label="Verslag"
          value={k.verslag}
          error={issues.get('keuzegesprek.verslag')}
          readOnly={readOnly}
          onChange={(v) => setK({ verslag: v })}
        />
      </fieldset>
    </>
  )
}
