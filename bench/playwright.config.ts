import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from '../tests/e2e/chromium';

// The benchmark drives the release build in dist/ exactly as the end-to-end
// tests do, on its own port, one measurement at a time.
const port = Number(process.env.BENCH_PORT ?? 4175);
const base = '/trajectory-studio/';

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: '../test-results/bench',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: `node ../scripts/static-server.mjs --port ${port} --base ${base} --dir ../dist`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
