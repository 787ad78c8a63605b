import { defineConfig } from '@playwright/test';
import { servedBuild } from './served';

const served = servedBuild(Number(process.env.E2E_PORT ?? 4173), '../..');

export default defineConfig({
  ...served,
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // A test that fails once and passes when run again is listed as flaky in
  // the summary, to be mended; one that fails twice fails the run.
  retries: 1,
  outputDir: '../../test-results',
  use: { ...served.use, acceptDownloads: true },
});
