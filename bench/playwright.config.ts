import { defineConfig } from '@playwright/test';
import { servedBuild } from '../tests/e2e/served';

// The benchmark drives the release build in dist/ exactly as the end-to-end
// tests do, on its own port, one measurement at a time. The server sends the
// gzip copies, what every static host can serve, as the size budgets count.
export default defineConfig({
  ...servedBuild(Number(process.env.BENCH_PORT ?? 4175), '..', '--encodings gzip'),
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  expect: { timeout: 60_000 },
  outputDir: '../test-results/bench',
});
