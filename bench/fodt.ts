import type { BriefProps } from '../src/shared/print/brief'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The letter as a flat ODF text document (.fodt) with the same content and a comparable layout
 * (A4, address block, reference lines, headings, lists, the calculation as a table), so
 * LibreOffice headless converts an equivalent document for the comparison in the bench.
 */
export function briefAlsFodt(p: BriefProps): string {
  const para = (text: string, style = 'Standard') => `<text:p text:style-name="${style}">${esc(text)}</text:p>`
  const body: string[] = []
  body.push(para(p.briefpapier.organisatie, 'Org'))
  body.push(...p.adresregels.map((r) => para(r, 'Adres')))
  body.push(...p.referentie.map((r) => para(`${r.label}\t${r.waarde}`, 'Ref')))
  body.push(para(p.aanhef))
  for (const b of p.blokken) {
    if (!b.alineas.length && !b.lijst.length && !b.tabel.length) continue
    if (b.titel) body.push(`<text:h text:outline-level="2" text:style-name="Kop">${esc(b.titel)}</text:h>`)
    body.push(...b.alineas.map((a) => para(a)))
    if (b.lijst.length) body.push(`<text:list>${b.lijst.map((l) => `<text:list-item>${para(l)}</text:list-item>`).join('')}</text:list>`)
    if (b.tabel.length) {
      body.push(
        `<table:table table:name="T${b.id}"><table:table-column table:number-columns-repeated="2"/>${b.tabel
          .map(
            (r) =>
              `<table:table-row><table:table-cell>${para(r.label)}</table:table-cell><table:table-cell>${para(r.waarde)}</table:table-cell></table:table-row>`,
          )
          .join('')}</table:table>`,
      )
    }
  }
  body.push(para(p.ondertekening.groet), para(p.ondertekening.naam), para(p.ondertekening.functie), para(p.ondertekening.namens))
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10.5pt"/><style:paragraph-properties fo:margin-bottom="3mm"/></style:style>
 <style:style style:name="Org" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Adres" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="8mm" fo:margin-bottom="0mm"/></style:style>
 <style:style style:name="Ref" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/><style:paragraph-properties fo:margin-bottom="0mm"/></style:style>
 <style:style style:name="Kop" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-left="25mm" fo:margin-right="20mm" fo:margin-top="15mm" fo:margin-bottom="20mm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`
}
