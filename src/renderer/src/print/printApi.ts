import type { PrintDocument } from '../../../shared/print/documents'

/** What the print page sees: documents pushed to it, and a way to say a document is laid out. */
export interface PrintApi {
  onDocument(listener: (doc: PrintDocument, token: string) => void): () => void
  rendered(token: string): void
  /** The print of the document shown has left this page (afterprint): the next one may replace it. */
  printed(): void
}

declare global {
  interface Window {
    readonly printApi: PrintApi
  }
}
