import type { Page } from '@playwright/test'

/**
 * What on the visible screen is cut off horizontally: the page itself scrolling sideways, a box that
 * hides part of its content (overflow hidden/clip, e.g. an ellipsis), or an element that sticks out
 * of a parent that does not scroll. Inside a scrolling box (a table or tab strip that scrolls)
 * sticking out is allowed: the rest is one scroll away. Returns one line per problem.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().slice(0, 40)
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text}"`
    }
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`)
    for (const el of document.querySelectorAll('.shell *')) {
      if (el.closest('.visually-hidden, .skip-link, .print-frame, dialog:not([open]), details:not([open]) > :not(summary)')) continue
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      // A form control scrolls its own text (and a file input its button row): that is not cut off.
      const control = el.matches('input, textarea, select')
      if (!control && /hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${describe(el)} cuts off its content`)
      const parent = el.parentElement
      if (!parent || style.position === 'absolute') continue
      const scrolls = /auto|scroll/.test(getComputedStyle(parent).overflowX)
      if (!scrolls && box.right > parent.getBoundingClientRect().right + 1)
        problems.push(`${describe(el)} sticks out of ${describe(parent)}`)
    }
    return problems
  })
}
