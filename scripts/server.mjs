// `npm run server`: runs the Werkplek-server (src/server/main.ts) in this process through tsx's loader,
// so a fresh clone works after `npm install` without a build step, and a signal to this process
// reaches the server itself.
import { register } from 'tsx/esm/api'

register()
await import('../src/server/main.ts')
