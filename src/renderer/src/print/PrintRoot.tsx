import type { PrintDocument } from '../../../shared/print/documents'
import { TEMPLATES } from './templates'

/** Picks the template for the document's kind and adds the CONCEPT watermark for drafts. */
export function PrintRoot({ doc }: { doc: PrintDocument }) {
  const Template = TEMPLATES[doc.kind] as (p: { doc: PrintDocument }) => React.JSX.Element
  return (
    <>
      {doc.concept && (
        <div className="watermark" aria-hidden="true">
          CONCEPT
        </div>
      )}
      <Template doc={doc} />
    </>
  )
}
