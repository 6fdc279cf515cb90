// `npm start`: build, then run the Electron app. Electron downloads its binary on first use; where
// that is impossible (no internet, as on the build machines) the same renderer and backend run in
// Debian's Chromium instead (scripts/browser-app.ts), with a clear note that this is the harness.
// Flags after `--` are passed on, e.g. `npm start -- --data-dir=/tmp/tweede-profiel`.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const args = process.argv.slice(2)
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

function electronInstalled() {
  if (existsSync('node_modules/electron/path.txt')) return true
  // Electron 45 fetches its binary lazily; try once, quietly.
  return spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 300_000 }).status === 0
}

if (electronInstalled()) {
  const r = spawnSync(npx, ['electron', '.', ...args], { stdio: 'inherit' })
  process.exit(r.status ?? 0)
}

console.log('\nElectron is op deze machine niet beschikbaar (geen download mogelijk).')
console.log('Wlz Werkplek start daarom in Chromium met dezelfde schermen en dezelfde opslag (de test-harness).\n')
const r = spawnSync(npx, ['tsx', 'scripts/browser-app.ts', ...args], { stdio: 'inherit' })
process.exit(r.status ?? 0)
