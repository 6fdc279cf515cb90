import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { forkNode, runIntegrityCheck, trackProcesses, type JobProcess, type LaunchProcess } from '../src/main/db/integrity'
import { INTEGRITY_WORKER, testBackend, type TestBackend } from './helpers/backend'

let b: TestBackend | null = null
afterAll(() => b?.dispose())

/** forkNode, watched: every process started, what it was started with, and how it ended. */
function watched() {
  const started: Array<{ script: string; exit: Promise<number | null> }> = []
  const launch: LaunchProcess = (script) => {
    const child: JobProcess = forkNode(script)
    let ended: (code: number | null) => void = () => {}
    const exit = new Promise<number | null>((resolve) => (ended = resolve))
    const onExit = child.onExit
    onExit((code) => ended(code))
    started.push({ script, exit })
    return { ...child, onExit: (listener) => void exit.then(listener) }
  }
  return { launch, started }
}

describe('database jobs in a process of their own (issue 15: memory after a morning)', () => {
  it('runs quick_check in a child process, which stays for the checkpoints and ends with the backend', async () => {
    const { launch, started } = watched()
    b = testBackend({ launchDbProcess: launch })
    await b.integrityDone
    expect((await b.ok('app.status', {})).integrity).toBe('ok')
    expect(started).toHaveLength(1)
    expect(started[0]!.script).toMatch(/integrity\.worker\.ts$/)
    // What the check used stays in that process, never in this one; it now waits for checkpoints
    // (checkpointer.ts) and goes when the backend closes.
    let ended = false
    void started[0]!.exit.then(() => (ended = true))
    await new Promise((r) => setTimeout(r, 100))
    expect(ended).toBe(false)
    // A wrong key is the child's to find out: an answer, not a crash of this process. Not kept: it ends.
    const wrong = await runIntegrityCheck({ workerUrl: INTEGRITY_WORKER, launch }, join(b.dataDir, 'werkplek.db'), Buffer.alloc(32, 7))
    expect(wrong.ok).toBe(false)
    expect(started).toHaveLength(2)
    await started[1]!.exit
    b.dispose()
    b = null
    await started[0]!.exit
  })

  it('answers with a Dutch problem when the process cannot start or dies without an answer', async () => {
    const geen: LaunchProcess = () => {
      throw new Error('spawn EACCES')
    }
    expect(await runIntegrityCheck({ workerUrl: INTEGRITY_WORKER, launch: geen }, '/nonexistent.db', null)).toEqual({
      ok: false,
      problems: ['databasewerk kon niet starten: spawn EACCES'],
    })
    const dood: LaunchProcess = (script) => {
      const child = forkNode(script)
      // Killed before the job arrives: it exits without answering.
      child.kill()
      return { ...child, post: () => {} }
    }
    const r = await runIntegrityCheck({ workerUrl: INTEGRITY_WORKER, launch: dood }, '/nonexistent.db', null)
    expect(r.ok).toBe(false)
    expect(r.problems?.[0]).toMatch(/^databasewerk stopte met code/)
  })

  it('ends the processes still running when the backend closes, and reports nothing for them', async () => {
    const { launch, started } = watched()
    const closing = testBackend({ launchDbProcess: launch })
    // Closed before the check could answer: its process is ended, not left to outlive the backend.
    closing.dispose()
    await closing.integrityDone
    expect(started).toHaveLength(1)
    expect(await started[0]!.exit).not.toBe(0)
    expect(closing.log.lines.filter((l) => l.includes('ERROR'))).toEqual([])

    const tracked = trackProcesses(forkNode)
    const lopend = runIntegrityCheck({ workerUrl: INTEGRITY_WORKER, launch: tracked.launch }, '/nonexistent.db', null)
    tracked.killAll()
    expect(await lopend).toMatchObject({ ok: false, stopped: true, problems: ['databasewerk gestopt: de app sloot'] })

    // A process that ends without being asked (a crash) is a failure with its exit code.
    let child: JobProcess | null = null
    const crashing = runIntegrityCheck(
      { workerUrl: INTEGRITY_WORKER, launch: (script) => (child = tracked.launch(script)) },
      '/nonexistent.db',
      null,
    )
    child!.kill()
    const crashed = await crashing
    expect(crashed.stopped).toBeUndefined()
    expect(crashed.problems[0]).toMatch(/^databasewerk stopte met code/)
  })
})
