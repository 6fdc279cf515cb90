import type { PrintDocument } from '../../shared/print/documents'
import type { PdfRenderer } from './pdfRenderer'

/** One warm print page (a hidden window or a browser page) with its own renderer process. */
export interface PrintPage {
  render(doc: PrintDocument): Promise<Uint8Array>
  /** True once the page is gone (closed, or its renderer crashed): the pool opens another. */
  closed(): boolean
  close(): Promise<void>
}

interface Slot {
  page: Promise<PrintPage>
  /** The page once open: whether it is still there can only be asked then. */
  ready: PrintPage | null
  inFlight: number
  idle: ReturnType<typeof setTimeout> | null
}

/**
 * Up to `size` print pages, each its own renderer process. A page lays out and paints a document on
 * one thread, and that is most of a print job's time (issue 15), so a batch whose next print job
 * is queued while this one prints gets a second page and both cores. A document goes to an idle
 * page (the first, warm one when it is free) or else, while there is room, to a new page; only when
 * all `size` are busy does it queue behind the page with the fewest documents. Pages beyond the
 * first are closed after `idleMs` without work: a renderer process costs tens of MB.
 */
export function printPool(open: () => Promise<PrintPage>, opts: { size: number; idleMs: number }): PdfRenderer & { warm(): Promise<void> } {
  const slots: Slot[] = []

  function drop(slot: Slot): void {
    const i = slots.indexOf(slot)
    if (i >= 0) slots.splice(i, 1)
    if (slot.idle) clearTimeout(slot.idle)
  }

  function openSlot(): Slot {
    const slot: Slot = { page: open(), ready: null, inFlight: 0, idle: null }
    slots.push(slot)
    // A page that cannot be opened is forgotten, so the next document tries a fresh one.
    slot.page.then(
      (page) => (slot.ready = page),
      () => drop(slot),
    )
    return slot
  }

  /** Chosen synchronously, so documents sent in the same turn are spread over the pages. */
  function pick(): Slot {
    for (const slot of slots.filter((s) => s.ready?.closed())) drop(slot)
    const free = slots.find((s) => s.inFlight === 0)
    if (free) return free
    if (slots.length < opts.size) return openSlot()
    return slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a))
  }

  function settle(slot: Slot): void {
    slot.inFlight--
    // The first page stays; a page already dropped (gone, or the pool closed) needs no timer.
    if (slot.inFlight > 0 || slots.indexOf(slot) <= 0) return
    // render() clears this timer when it gives the page work, so it fires only on an idle page.
    slot.idle = setTimeout(() => {
      drop(slot)
      void slot.page.then((p) => p.close()).catch(() => undefined)
    }, opts.idleMs)
    slot.idle.unref?.()
  }

  return {
    async render(doc) {
      const slot = pick()
      slot.inFlight++
      if (slot.idle) clearTimeout(slot.idle)
      slot.idle = null
      try {
        return await (await slot.page).render(doc)
      } finally {
        settle(slot)
      }
    },
    /** Opens the first page now, so the first document does not wait for it. */
    async warm() {
      await (slots[0] ?? openSlot()).page
    },
    async close() {
      const pages = slots.splice(0).map((s) => (s.idle && clearTimeout(s.idle), s.page))
      await Promise.all(pages.map((p) => p.then((page) => page.close()).catch(() => undefined)))
    },
  }
}
