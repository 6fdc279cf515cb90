import { defineConfig } from 'vitest/config'

// Unit and integration tests run in plain Node 24 against real SQLite files in temp folders:
// better-sqlite3-multiple-ciphers ships a Node-API prebuild, so no Electron runtime is needed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    reporters: process.env.WLZ_TEST_JSON ? ['default', ['json', { outputFile: process.env.WLZ_TEST_JSON }]] : ['default'],
  },
})
