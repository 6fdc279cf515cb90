import type { z } from 'zod'
import type { HerstelbladSchema } from '../../../../shared/print/documents'
import '../herstelblad.css'

/**
 * The recovery sheet, like a password manager's emergency kit: the code in large type, what it
 * opens, where to keep it and what is lost without it. Nothing about clients.
 */
export function Herstelblad({ doc }: { doc: z.output<typeof HerstelbladSchema> }) {
  return (
    <article className="plan-doc herstelblad">
      <header className="plan-head">
        <p className="plan-kind">Wlz Werkplek · herstelblad</p>
        <h1>Herstelcode van deze werkplek</h1>
        <p>
          Werkplek: <strong>{doc.werkplek}</strong>
          <br />
          Gemaakt op: <strong>{doc.datum}</strong>
        </p>
      </header>
      <p className="herstelcode-groot">{doc.herstelcode}</p>
      <h2>Wat is dit?</h2>
      <p>
        De gegevens van Wlz Werkplek staan versleuteld op deze computer. De sleutel wordt bewaard door het besturingssysteem. Raakt die
        sleutel kwijt (nieuwe computer, Windows of macOS opnieuw geïnstalleerd, ander gebruikersaccount), dan opent u met deze herstelcode
        de database en elke back-up weer.
      </p>
      <h2>Waar bewaart u dit blad?</h2>
      <ul>
        <li>Op een veilige plek buiten de laptop, bijvoorbeeld in een afgesloten kast op kantoor of bij functioneel beheer.</li>
        <li>Niet in de laptoptas en niet als foto of bestand op de laptop zelf.</li>
        <li>Iedereen met deze code én een back-up kan de gegevens openen: behandel het blad als een sleutel.</li>
      </ul>
      <h2>Zonder deze code</h2>
      <p>
        Is de sleutel van het besturingssysteem weg en heeft u deze code niet, dan zijn de gegevens op deze werkplek en in alle back-ups
        niet meer te openen. Niemand kan ze dan terughalen, ook de leverancier niet.
      </p>
      <h2>Gebruiken</h2>
      <p>
        Start Wlz Werkplek. Ziet u “Wlz Werkplek kan de gegevens niet openen”, kies dan “Sleutel herstellen met herstelcode” en typ de code
        over. Hoofdletters, spaties en streepjes maken niet uit. Maakt u in Beheer een nieuwe herstelcode, dan werkt deze niet meer.
      </p>
    </article>
  )
}
