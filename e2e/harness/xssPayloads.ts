/**
 * Hostile text for the XSS checks (trust.md: ≥ 100 payloads through every free-text field). Each
 * payload, if it ever ran, would set `window.__xss`; the marker number says which one did.
 */
const TEMPLATES = [
  (n: number) => `<script>window.__xss=${n}</script>`,
  (n: number) => `<img src=x onerror="window.__xss=${n}">`,
  (n: number) => `"><svg onload=window.__xss=${n}>`,
  (n: number) => `javascript:window.__xss=${n}`,
  (n: number) => `<iframe srcdoc="<script>parent.__xss=${n}</script>"></iframe>`,
  (n: number) => `<a href="javascript:window.__xss=${n}">klik</a>`,
  (n: number) => `{{constructor.constructor('window.__xss=${n}')()}}`,
  (n: number) => `<style>@import 'x';</style><b onmouseover=window.__xss=${n}>vet</b>`,
  (n: number) => `Zoë 👩‍⚕️ \u202eevil\u202c ${n} <details open ontoggle=window.__xss=${n}>`,
  (n: number) => `'; DROP TABLE client; -- ${n}`,
]

export const XSS_PAYLOADS: string[] = Array.from({ length: 110 }, (_, i) => TEMPLATES[i % TEMPLATES.length]!(i + 1))
