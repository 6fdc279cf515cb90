// `npm test`: format check, lint, typecheck, unit + integration (vitest), build, e2e (Playwright in Chromium;
// _electron where the binary exists). Every step runs even if an earlier one failed, then one
// line `N passed, N failed` sums the test runners (skips are reported, never counted as passed).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { stripVTControlCharacters } from 'node:util'

const out = 'test-results'
rmSync(`${out}/unit.json`, { force: true })
rmSync(`${out}/e2e.json`, { force: true })
mkdirSync(out, { recursive: true })

const steps = []
function run(name, cmd, args, env = {}) {
  const started = Date.now()
  console.log(`\n── ${name} ──`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = r.status === 0
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 100) / 10 })
  return ok
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
run('format (prettier --check)', 'npm', ['run', '--silent', 'format:check'])
run('lint', npx, ['oxlint', '-c', '.oxlintrc.json', '--deny-warnings', 'src', 'test', 'e2e', 'bench', 'scripts'])
run('typecheck', 'npm', ['run', '--silent', 'typecheck'])
// Build first: the print tests render the built print page (out/renderer/print.html) to PDF.
const built = run('build (electron-vite)', npx, ['electron-vite', 'build'])
run('unit + integration (vitest)', npx, ['vitest', 'run'], { WLZ_TEST_JSON: `${out}/unit.json` })
if (built) run('e2e (playwright)', npx, ['playwright', 'test'], { WLZ_E2E_JSON: `${out}/e2e.json` })

let passed = 0
let failed = 0
let skipped = 0
// Names of failed tests, repeated in the summary: CI shows only the tail of the output.
const failures = []
if (existsSync(`${out}/unit.json`)) {
  const u = JSON.parse(readFileSync(`${out}/unit.json`, 'utf8'))
  passed += u.numPassedTests
  failed += u.numFailedTests
  skipped += u.numPendingTests + u.numTodoTests
  for (const file of u.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') failures.push(`${relative(file.name)} › ${t.fullName}: ${firstLine(t.failureMessages)}`)
    }
    // A file that could not even load (syntax error, failing import) has no test results of its own.
    if (file.status === 'failed' && !(file.assertionResults ?? []).length) {
      failed += 1
      failures.push(`${relative(file.name)}: ${firstLine([file.message])}`)
    }
  }
}
const failuresOf = { unit: failures.length, e2e: 0 }
if (existsSync(`${out}/e2e.json`)) {
  const report = JSON.parse(readFileSync(`${out}/e2e.json`, 'utf8'))
  const s = report.stats
  passed += s.expected + s.flaky
  failed += s.unexpected
  skipped += s.skipped
  collectE2eFailures(report.suites ?? [])
  failuresOf.e2e = failures.length - failuresOf.unit
}

function relative(path) {
  return path.replace(`${process.cwd()}/`, '')
}
function firstLine(messages) {
  const text = stripVTControlCharacters((messages ?? []).join('\n'))
  return (
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 300) ?? ''
  )
}
function collectE2eFailures(suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue
        const errors = (t.results ?? []).flatMap((r) => (r.errors ?? []).map((e) => e.message ?? ''))
        failures.push(`${spec.file}:${spec.line} › ${spec.title}: ${firstLine(errors)}`)
      }
    }
    collectE2eFailures(suite.suites ?? [])
  }
}
// A step that failed without a test report (lint, typecheck, build, a crashed runner) counts as one failure.
const brokenSteps = steps.filter((s) => !s.ok)
const unreported = brokenSteps.filter(
  (s) => !(s.name.startsWith('unit') && existsSync(`${out}/unit.json`)) && !(s.name.startsWith('e2e') && existsSync(`${out}/e2e.json`)),
)
failed += unreported.length
// A runner can exit non-zero with every test passed (vitest does on an unhandled error or rejection between
// tests): that counts as a failure too, named so the tail of a CI log says where to look.
for (const s of brokenSteps) {
  if (unreported.includes(s) || failuresOf[s.name.startsWith('unit') ? 'unit' : 'e2e'] > 0) continue
  failed += 1
  failures.push(`${s.name}: the runner failed with no failed test — look for "Unhandled" errors above`)
}

console.log('\n── summary ──')
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`)
for (const f of failures) console.log(`failed: ${f}`)
if (skipped) console.log(`${skipped} skipped (not counted as passed)`)
writeFileSync(`${out}/summary.json`, JSON.stringify({ passed, failed, skipped, steps }, null, 2))
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 && brokenSteps.length === 0 ? 0 : 1)
