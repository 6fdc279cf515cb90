import { UserError } from '../../api/client'
import { MAX_IMPORT_BYTES } from '../../../../shared/contracts/aanbieders.routes'

/** A chosen file as base64 for main, refused above 20 MB before it is read at all. */
export async function readBase64(file: File): Promise<{ soort: 'csv' | 'xlsx'; base64: string }> {
  if (file.size > MAX_IMPORT_BYTES)
    throw new UserError(`Dit bestand is te groot (${Math.round(file.size / 1024 / 1024)} MB; maximaal 20 MB). Splits het bestand.`)
  if (file.size === 0) throw new UserError('Dit bestand is leeg.')
  const soort = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv'
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { soort, base64: btoa(binary) }
}

/** Offers bytes from main as a download. */
export function downloadBytes(bestandsnaam: string, bytes: Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = bestandsnaam
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
