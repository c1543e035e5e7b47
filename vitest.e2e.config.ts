// End-to-end tests: the built web app (dist/web) in Debian's Chromium, through test/e2e/harness.
// One file at a time — each starts a browser, and the machines have two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globals: false,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
