import type { CSSProperties, ReactNode } from 'react'
import type { Briefpapier } from '../../../../shared/print/briefpapier'

/**
 * The first page of a letter for a window envelope: letterhead top right, the address block at
 * the configured millimetre offsets, the reference block, and fold marks in the left margin.
 * Positions come from the Briefpapier settings through CSS custom properties.
 */
export function Letterhead(props: { briefpapier: Briefpapier; adresregels: readonly string[]; kenmerk: ReactNode; children?: ReactNode }) {
  const b = props.briefpapier
  const v = b.venster
  const vars = {
    '--adres-links': `${v.adresLinks}mm`,
    '--adres-boven': `${v.adresBoven}mm`,
    '--adres-breedte': `${v.adresBreedte}mm`,
    '--kenmerk-boven': `${v.kenmerkBoven}mm`,
  } as CSSProperties
  return (
    <header className="first-page" style={vars}>
      <div className="letterhead">
        {b.logo && <img className="logo" src={b.logo} alt="" />}
        <p className="org">{b.organisatie}</p>
        {b.afdeling && <p>{b.afdeling}</p>}
        {b.postadres && <p>{b.postadres}</p>}
        {b.telefoon && <p>Telefoon {b.telefoon}</p>}
        {b.website && <p>{b.website}</p>}
      </div>
      <address className="window-address">
        {props.adresregels.map((regel, i) => (
          <span key={i} className="address-line">
            {regel}
          </span>
        ))}
      </address>
      <div className="reference">{props.kenmerk}</div>
      {v.vouwtekens && (
        <>
          <span className="fold-mark fold-1" />
          <span className="fold-mark fold-2" />
        </>
      )}
      {props.children}
    </header>
  )
}
