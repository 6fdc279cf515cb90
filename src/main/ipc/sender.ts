import type { Sender } from './router'

/**
 * A call is trusted only from the main frame of one of our own pages: the same protocol, host
 * and port, under the same path. Origins are compared by parts, because for file: and custom
 * schemes `new URL(u).origin` is the string 'null' (trust.md).
 */
export function createSenderCheck(trustedBases: readonly string[]): (sender: Sender) => boolean {
  const bases = trustedBases.map((b) => new URL(b))
  return (sender) => {
    if (!sender.isMainFrame) return false
    let url: URL
    try {
      url = new URL(sender.url)
    } catch {
      return false
    }
    return bases.some(
      (b) => b.protocol === url.protocol && b.host === url.host && url.pathname.startsWith(b.pathname.replace(/[^/]*$/, '')),
    )
  }
}
