import { UserError } from '../../api/client'
import { MAX_IMPORT_CHARS } from '../../../../shared/contracts/referentie.routes'

/**
 * Reads a chosen file as text: UTF-8 (with or without BOM) when it is valid UTF-8, otherwise
 * Windows-1252, which is what Excel on Dutch Windows saves as "CSV (gescheiden door lijstteken)".
 */
export async function readTextFile(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_CHARS) throw new UserError('Dit bestand is te groot (maximaal 20 MB).')
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
