import type { Page } from '@playwright/test'

/**
 * Everything in the live document that hostile text could have put there if it were ever rendered as
 * HTML: an `on*` attribute on any element, a `javascript:` URL, a script that is not the app's own
 * bundle, and frames, objects, embeds and <base> anywhere. The CSP would stop most of these from
 * running, so a global "did it run" flag alone proves little: this looks at the DOM itself.
 */
export async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 80)}`
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${attr.name} on ${describe(el)}`)
        if (/^\s*javascript:/i.test(attr.value) && /^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(attr.name))
          found.push(`${attr.name}=javascript: on ${describe(el)}`)
      }
      const tag = el.tagName.toLowerCase()
      if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'portal'].includes(tag)) found.push(describe(el))
      // The app's only scripts are its own bundles, loaded by URL from the app's origin in <head>.
      if (tag === 'script') {
        const src = el.getAttribute('src')
        const own = src !== null && el.closest('head') !== null && new URL(src, location.href).origin === location.origin
        if (!own || el.textContent?.trim()) found.push(describe(el))
      }
    }
    return found
  })
}
