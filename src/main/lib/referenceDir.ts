import { resolve } from 'node:path'

/**
 * The folder with the reference CSVs for the demo, the tests and the benchmark: `WLZ_REFERENCE_DIR`,
 * else `../shared/data` beside the project (they are never part of the project itself).
 */
export function referenceDataDir(projectRoot: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return env.WLZ_REFERENCE_DIR ?? resolve(projectRoot, '../shared/data')
}
