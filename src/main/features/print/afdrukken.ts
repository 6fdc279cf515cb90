import { AppError } from '../../lib/errors'
import type { PaperPrinter } from '../../print/pdfRenderer'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import type { AfdrukUitkomst } from '../../../shared/contracts/afdrukken.routes'

/**
 * "Afdrukken": in the app the paper printer shows the system print dialog for the PDF as saved.
 * Without one (the browser harness, tests) NOT_READY tells the window to print the PDF itself.
 */
export function createAfdrukService(printer: PaperPrinter | null) {
  return {
    async papier(file: PdfFile): Promise<{ uitkomst: AfdrukUitkomst }> {
      if (!printer) throw new AppError('NOT_READY', 'Afdrukken via de printer van de app kan hier niet; het venster drukt de PDF zelf af.')
      return { uitkomst: await printer.print(Buffer.from(file.pdf, 'base64')) }
    },
  }
}
