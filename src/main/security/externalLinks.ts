/** Hosts an adviser may open in the system browser (law texts and the official bodies). */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'wetten.overheid.nl',
  'www.ciz.nl',
  'www.svb.nl',
  'www.hetcak.nl',
  'www.zorginstituutnederland.nl',
])

/**
 * Decides whether a URL may leave the app. Parsed with `new URL`, https only, exact host match,
 * no credentials: substring checks are bypassable (anchors.md, Actual Budget's old index.ts).
 */
export function isAllowedExternalUrl(value: unknown, hosts: ReadonlySet<string> = EXTERNAL_HOSTS): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && hosts.has(url.hostname)
}
