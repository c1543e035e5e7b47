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
    // expect.poll's default 1 s is too short for the first PNG export (a 2× canvas encode) on a
    // cold browser in CI; a poll still fails if the file never arrives.
    expect: { poll: { timeout: 15_000 } },
  },
});
