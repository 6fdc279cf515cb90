import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'
import { GESPREKSONDERWERPEN, type ZorgplanInhoud } from '../../../../shared/contracts/plannen.inhoud'
import { TextArea } from '../../components/TextArea'
import type { ZorgplanVragen } from '../../../../shared/domain/plannen/sjablonen'

/** The zorgplan: the four agreements of Wlz art. 8.1.1, the nine topics of Blz art. 6.1.1 and the records of art. 8.1.3. */
export function ZorgplanEditor(props: {
  inhoud: ZorgplanInhoud
  onChange: (next: ZorgplanInhoud) => void
  issues: Map<string, string>
  readOnly: boolean
  /** The template's guiding questions: placeholders and help text, never content. */
  vragen: ZorgplanVragen
}) {
  const { inhoud: z, issues, readOnly, vragen } = props
  const set = <K extends keyof ZorgplanInhoud>(key: K, value: ZorgplanInhoud[K]) => props.onChange({ ...z, [key]: value })
  const text = (
    key: 'doelen' | 'zorgverleners' | 'leven' | 'evaluatieAfspraken' | 'wensen' | 'mantelzorg' | 'wilsbekwaamheid' | 'weigeringen',
    label: string,
    hint?: string,
  ) => {
    const vraag = vragen[key]
    const help = [hint, vraag].filter(Boolean).join(' ')
    return (
      <TextArea
        label={label}
        value={z[key]}
        onChange={(v) => set(key, v)}
        error={issues.get(key)}
        readOnly={readOnly}
        {...(vraag ? { placeholder: vraag } : {})}
        {...(help ? { hint: help } : {})}
      />
    )
  }
  return (
    <div className="plan-editor">
      <fieldset className="card">
        <legend>Afspraken (Wlz art. 8.1.1 lid 1)</legend>
        {text('doelen', 'a. Doelen', 'Wat wil de cliënt bereiken, in welke periode, en hoe?')}
        {text(
          'zorgverleners',
          'b. Verantwoordelijke zorgverleners en coördinatie',
          'Wie doet wat, hoe stemmen zij af, wie is het aanspreekpunt?',
        )}
        {text('leven', 'c. Hoe de cliënt wil leven en de ondersteuning daarbij')}
        {text(
          'evaluatieAfspraken',
          'd. Hoe vaak en wanneer evalueren',
          'De cliënt heeft recht op tweemaal per jaar een evaluatie (lid 6).',
        )}
        <Field label="Volgende evaluatie" error={issues.get('volgendeEvaluatie')} hint="Wordt een taak in de caseload.">
          {(a11y) => (
            <DateInput
              {...a11y}
              readOnly={readOnly}
              value={z.volgendeEvaluatie ?? ''}
              onChange={(v) => set('volgendeEvaluatie', v === '' ? null : v)}
            />
          )}
        </Field>
      </fieldset>
      <fieldset className="card">
        <legend>Bespreekpunten (Blz art. 6.1.1)</legend>
        {GESPREKSONDERWERPEN.map(([key, label]) => (
          <TextArea
            key={key}
            label={label}
            rows={2}
            value={z.onderwerpen[key]}
            {...(vragen.onderwerpen?.[key] ? { placeholder: vragen.onderwerpen[key], hint: vragen.onderwerpen[key] } : {})}
            error={issues.get(`onderwerpen.${key}`)}
            readOnly={readOnly}
            onChange={(v) => set('onderwerpen', { ...z.onderwerpen, [key]: v })}
          />
        ))}
      </fieldset>
      <fieldset className="card">
        <legend>Wensen, mantelzorg en vastleggingen (Wlz art. 8.1.3)</legend>
        {text('wensen', 'Wensen van de cliënt')}
        {text('mantelzorg', 'Mantelzorg en vrijwilligers')}
        <Field label="Persoonlijk plan ontvangen op" error={issues.get('persoonlijkPlanOntvangenOp')}>
          {(a11y) => (
            <DateInput
              {...a11y}
              readOnly={readOnly}
              value={z.persoonlijkPlanOntvangenOp ?? ''}
              onChange={(v) => set('persoonlijkPlanOntvangenOp', v === '' ? null : v)}
            />
          )}
        </Field>
        {text('wilsbekwaamheid', 'Wilsbekwaamheid', 'Op welke onderdelen is de cliënt wilsonbekwaam, en wie beslist dan?')}
        {text('weigeringen', 'Weigeringen en niet gevolgde wensen', 'Met de reden waarom een wens niet is gevolgd.')}
      </fieldset>
    </div>
  )
}
