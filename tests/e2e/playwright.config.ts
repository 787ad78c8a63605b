import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './chromium';

// The release build in dist/, served under a sub-path the way a static host
// would, driven by Debian's Chromium (Playwright's own browser download is
// neither needed nor possible here).
const port = Number(process.env.E2E_PORT ?? 4173);
const base = '/trajectory-studio/';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    acceptDownloads: true,
    trace: 'off',
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: `node ../../scripts/static-server.mjs --port ${port} --base ${base} --dir ../../dist`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
