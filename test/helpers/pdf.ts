import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createChromiumPdf } from '../../e2e/harness/chromiumPdf'
import type { PdfRenderer } from '../../src/main/print/pdfRenderer'

/** A real Chromium PDF renderer over the built print page; fails clearly when nothing is built. */
export async function chromiumPdfForTests(): Promise<PdfRenderer> {
  if (!existsSync('out/renderer/print.html'))
    throw new Error('Build first: npx electron-vite build (the print tests render out/renderer/print.html)')
  return createChromiumPdf()
}

function tempPdf(bytes: Uint8Array | string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wlz-pdf-')), 'doc.pdf')
  writeFileSync(file, typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : bytes)
  return file
}

/** The text of a PDF as poppler's pdftotext sees it: with the page layout, or in content order (`raw`). */
export function pdfText(bytes: Uint8Array | string, mode: 'layout' | 'raw' = 'layout'): string {
  return execFileSync('pdftotext', [`-${mode}`, tempPdf(bytes), '-'], { encoding: 'utf8' })
}

/** Every word with its page and box (pdftotext -bbox), in content order: where the text really is. */
export function pdfWords(bytes: Uint8Array | string): string[] {
  const html = execFileSync('pdftotext', ['-bbox', tempPdf(bytes), '-'], { encoding: 'utf8' })
  let page = 0
  return html.split('\n').flatMap((line) => {
    if (line.includes('<page ')) page++
    return line.includes('<word ') ? [`${page} ${line.trim()}`] : []
  })
}

/** The text with every run of white space made one space: for phrases that may wrap. */
export const flat = (text: string) => text.replace(/\s+/g, ' ')

export function pdfInfo(bytes: Uint8Array | string): Record<string, string> {
  const out = execFileSync('pdfinfo', [tempPdf(bytes)], { encoding: 'utf8' })
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  )
}

/** Page `n` rendered by pdftoppm as an 8-bit grey bitmap at `dpi`, with a darkness probe per millimetre box. */
export function pdfPageGrey(bytes: Uint8Array | string, n = 1, dpi = 72) {
  const file = tempPdf(bytes)
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', file, file])
  const pgm = readFileSync(`${file}.pgm`)
  // P5 header: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = pgm.toString('latin1', 0, 40).split(/\s+/)
  const [w, h] = [Number(header[1]), Number(header[2])]
  const offset = pgm.indexOf('\n', pgm.indexOf('\n', pgm.indexOf('\n') + 1) + 1) + 1
  const px = (mm: number) => Math.round((mm / 25.4) * dpi)
  return {
    width: w,
    height: h,
    /** Share of dark pixels (< 128) in the box given in millimetres from the top-left. */
    darkness(leftMm: number, topMm: number, widthMm: number, heightMm: number): number {
      let dark = 0
      let all = 0
      for (let y = px(topMm); y < px(topMm + heightMm); y++)
        for (let x = px(leftMm); x < px(leftMm + widthMm); x++) {
          all++
          if (pgm[offset + y * w + x]! < 128) dark++
        }
      return dark / all
    },
  }
}
