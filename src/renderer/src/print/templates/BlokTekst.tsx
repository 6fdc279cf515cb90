import type { BriefProps } from '../../../../shared/print/brief'

type Blok = BriefProps['blokken'][number]

/** The text of one letter block (paragraphs, list, calculation table): the same in the preview and on paper. */
export function BlokTekst({ blok, tabelClass }: { blok: Blok; tabelClass: string }) {
  return (
    <>
      {blok.alineas.map((a, i) => (
        <p key={i}>{a}</p>
      ))}
      {blok.lijst.length > 0 && (
        <ul>
          {blok.lijst.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
      {blok.tabel.length > 0 && (
        <table className={tabelClass}>
          <tbody>
            {blok.tabel.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.waarde}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
