/**
 * What was typed when the screen locked. The screens are unmounted while locked (nothing of a
 * client stays in the page), so the text is kept here, in memory, and put back into the same
 * fields, on the same page, once the screens are back after unlocking.
 */
interface Saved {
  hash: string
  fields: Map<string, string>
}
let saved: Saved | null = null

type Editable = HTMLInputElement | HTMLTextAreaElement
const SELECTOR = 'input:not([type=hidden],[type=checkbox],[type=radio],[type=file],[type=password]), textarea'

/** A field's name as a person sees it: its accessible label, else its name. */
function keyOf(el: Editable): string {
  const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.name
  return label.trim()
}

export function rememberFields(root: ParentNode): void {
  const fields = new Map<string, string>()
  root.querySelectorAll<Editable>(SELECTOR).forEach((el) => {
    const key = keyOf(el)
    if (key && el.value && !fields.has(key)) fields.set(key, el.value)
  })
  saved = { hash: window.location.hash, fields }
}

/** React keeps its own idea of a controlled field's value: set it through the native setter and say so. */
function fill(el: Editable, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value)
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

/** Puts the remembered text back as the fields appear (screens load their data first); gives up after 10 s. */
export function restoreFields(root: HTMLElement): () => void {
  const pending = saved
  saved = null
  if (!pending || pending.hash !== window.location.hash || pending.fields.size === 0) return () => undefined
  const tryFill = () => {
    root.querySelectorAll<Editable>(SELECTOR).forEach((el) => {
      const value = pending.fields.get(keyOf(el))
      if (value === undefined) return
      pending.fields.delete(keyOf(el))
      if (el.value !== value) fill(el, value)
    })
    if (pending.fields.size === 0) stop()
  }
  const observer = new MutationObserver(tryFill)
  const timer = window.setTimeout(() => stop(), 10_000)
  const stop = () => {
    observer.disconnect()
    window.clearTimeout(timer)
  }
  observer.observe(root, { childList: true, subtree: true })
  tryFill()
  return stop
}
