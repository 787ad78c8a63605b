import { defineConfig } from '@playwright/test';
import { servedBuild } from './served';

const served = servedBuild(Number(process.env.E2E_PORT ?? 4173), '../..');

export default defineConfig({
  ...served,
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: '../../test-results',
  use: { ...served.use, acceptDownloads: true },
});
