import { call } from '../../api/client'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import { ErrorAlert } from '../../components/ErrorAlert'
import { CRITERIA, CRITERIUM_LABEL, MAX_GEWICHT, STANDAARD_GEWICHTEN, type Gewichten } from '../../../../shared/domain/aanbieders/weging'

const STAPPEN = Array.from({ length: MAX_GEWICHT + 1 }, (_, i) => i)

/**
 * How heavily each criterion counts in the shortlist. A change applies at once to the list; "Bewaren"
 * keeps it as this adviser's own weights for the next client.
 */
export function WegingEditor(props: { gewichten: Gewichten; onChange: (g: Gewichten) => void }) {
  const action = useAction()
  const notify = useToast()
  const bewaar = () =>
    action.run(async () => {
      await call('aanbieders.gewichtenOpslaan', props.gewichten)
      notify('Uw weging is bewaard')
    })
  return (
    <fieldset className="wensen weging">
      <legend>Hoe zwaar telt het? (0 = telt niet, {MAX_GEWICHT} = telt het zwaarst)</legend>
      {CRITERIA.map((c) => (
        <label key={c}>
          {CRITERIUM_LABEL[c]}{' '}
          <select value={props.gewichten[c]} onChange={(e) => props.onChange({ ...props.gewichten, [c]: Number(e.target.value) })}>
            {STAPPEN.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="actions">
        <button type="button" onClick={() => void bewaar()} disabled={action.busy}>
          Bewaar als mijn weging
        </button>
        <button type="button" className="link-button" onClick={() => props.onChange(STANDAARD_GEWICHTEN)}>
          Standaardweging
        </button>
      </div>
      <ErrorAlert message={action.error} />
    </fieldset>
  )
}
