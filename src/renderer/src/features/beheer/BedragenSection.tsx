import { formatZorgprofiel, formatZorgprofielKort } from '../../../../shared/format/codes'
import { useState } from 'react'
import { call } from '../../api/client'
import { checkInput } from '../../api/checkInput'
import { FieldIssues } from '../../components/FieldIssues'
import { useRoute } from '../../api/useRoute'
import { ConfirmButton } from '../../components/ConfirmButton'
import { DateInput } from '../../components/DateInput'
import { Field } from '../../components/Field'
import { useToast } from '../../components/Toast'
import { MoneyInput } from '../../components/MoneyInput'
import type { ReferentiebedragRij } from '../../../../shared/contracts/bedragen.routes'
import { BEDRAG_SOORTEN, BEDRAG_SOORT_LABEL, PER_ZORGPROFIEL, type BedragSoort } from '../../../../shared/domain/plannen/bedragen'
import { ZORGPROFIELEN } from '../../../../shared/domain/zorgprofielen'
import { formatDate, formatMoney } from '../../../../shared/format/nl'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { DataTable, TableScroll } from '../../components/DataTable'
import { meldBedragenGewijzigd, useBedragenGewijzigd } from './bedragenGewijzigd'

const EMPTY = {
  soort: 'pgb_budget_jaar' as BedragSoort,
  sleutel: '',
  geldigVanaf: '',
  bedragCent: null as number | null,
  geverifieerd: false,
  bron: '',
}

/**
 * The dated amounts behind the budget checks: maximum tariffs, budgets per zorgprofiel, toeslagen.
 * Years without a verified amount of their own are marked where the checks use them.
 */
export function BedragenSection() {
  const list = useRoute('bedragen.list', {})
  useBedragenGewijzigd(list.reload)
  const [form, setForm] = useState(EMPTY)
  const [formKey, setFormKey] = useState(0)
  const action = useAction()
  const notify = useToast()
  const perProfiel = PER_ZORGPROFIEL.has(form.soort)

  const add = () =>
    action.run(async () => {
      // Every missing or wrong field at once, next to its field; then the server's own checks.
      await call('bedragen.create', checkInput('bedragen.create', { ...form, sleutel: perProfiel ? form.sleutel : '' }))
      notify('Bedrag toegevoegd')
      setForm(EMPTY)
      setFormKey((k) => k + 1)
      meldBedragenGewijzigd()
    })
  async function remove(r: ReferentiebedragRij) {
    await action.run(async () => {
      await call('bedragen.delete', { id: r.id, version: r.version })
      notify('Bedrag verwijderd')
    })
    meldBedragenGewijzigd()
  }

  return (
    <section className="card" aria-labelledby="beheer-bedragen">
      <h2 id="beheer-bedragen">Bedragen en tarieven</h2>
      <p className="hint">
        Bedragen veranderen elk jaar en soms halverwege. Elke regel geldt vanaf zijn datum tot de volgende. Niet-geverifieerde bedragen
        worden in de controles gemeld.
      </p>
      {list.data && (
        <TableScroll>
          <DataTable
            caption="Bedragen en tarieven"
            captionHidden
            rows={list.data}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Soort', cell: (r) => BEDRAG_SOORT_LABEL[r.soort] },
              { header: 'Zorgprofiel', cell: (r) => (r.sleutel ? formatZorgprofielKort(r.sleutel) : '—') },
              { header: 'Geldig vanaf', cell: (r) => formatDate(r.geldigVanaf) },
              { header: 'Bedrag', cell: (r) => formatMoney(r.bedragCent), className: 'num' },
              { header: 'Geverifieerd', cell: (r) => (r.geverifieerd ? 'Ja' : <strong>Nee</strong>) },
              { header: 'Bron', cell: (r) => r.bron },
              {
                header: 'Acties',
                hideHeader: true,
                cell: (r) => (
                  <ConfirmButton
                    className="link-button"
                    label="Verwijderen"
                    title="Bedrag verwijderen?"
                    confirmLabel="Verwijderen"
                    onConfirm={() => remove(r)}
                  >
                    <p>
                      {BEDRAG_SOORT_LABEL[r.soort]} vanaf {formatDate(r.geldigVanaf)}: {formatMoney(r.bedragCent)}. Vastgestelde plannen
                      houden de controles zoals ze waren.
                    </p>
                  </ConfirmButton>
                ),
              },
            ]}
          />
        </TableScroll>
      )}
      <h3>Bedrag toevoegen</h3>
      <FieldIssues issues={action.issues}>
        <div className="form-grid" key={formKey}>
          <Field label="Soort" name="soort" required>
            {(a) => (
              <select {...a} value={form.soort} onChange={(e) => setForm({ ...form, soort: e.target.value as BedragSoort })}>
                {BEDRAG_SOORTEN.map((s) => (
                  <option key={s} value={s}>
                    {BEDRAG_SOORT_LABEL[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {perProfiel && (
            <Field label="Zorgprofiel" name="sleutel" required>
              {(a) => (
                <select {...a} value={form.sleutel} onChange={(e) => setForm({ ...form, sleutel: e.target.value })}>
                  <option value="">Kies…</option>
                  {ZORGPROFIELEN.filter((z) => z.actueel).map((z) => (
                    <option key={z.code} value={z.code}>
                      {formatZorgprofiel(z.code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Geldig vanaf" name="geldigVanaf" required>
            {(a) => <DateInput {...a} value={form.geldigVanaf} onChange={(v) => setForm({ ...form, geldigVanaf: v })} />}
          </Field>
          <Field label="Bedrag" name="bedragCent" required>
            {(a) => <MoneyInput {...a} cents={form.bedragCent} onCents={(c) => setForm({ ...form, bedragCent: c })} />}
          </Field>
          <Field label="Bron" name="bron">
            {(a) => <input {...a} maxLength={300} value={form.bron} onChange={(e) => setForm({ ...form, bron: e.target.value })} />}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={form.geverifieerd} onChange={(e) => setForm({ ...form, geverifieerd: e.target.checked })} />{' '}
            Geverifieerd in de officiële bron
          </label>
        </div>
      </FieldIssues>
      <ErrorAlert message={action.error} />
      <div className="actions">
        <button type="button" onClick={() => void add()}>
          Bedrag toevoegen
        </button>
      </div>
    </section>
  )
}
