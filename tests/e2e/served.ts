import type { PlaywrightTestConfig, ReporterDescription } from '@playwright/test';
import { chromiumLaunch } from './chromium';

// What the end-to-end tests and the benchmark share: the release build in
// dist/, served under a sub-path the way a static host would, driven by
// Debian's Chromium (Playwright's own browser download is neither needed nor
// possible here), one test at a time.

/**
 * The shared part of a Playwright config; `root` is the way from the config's
 * folder to the repository, `serverArgs` more options for the static server.
 */
export function servedBuild(port: number, root: string, serverArgs = '') {
  const base = '/trajectory-studio/';
  const url = `http://127.0.0.1:${port}${base}`;
  return {
    fullyParallel: false,
    workers: 1,
    retries: 0,
    forbidOnly: true,
    reporter: [['list']] as ReporterDescription[],
    use: {
      baseURL: url,
      trace: 'off',
      launchOptions: chromiumLaunch,
    },
    webServer: {
      command: `node ${root}/scripts/static-server.mjs --port ${port} --base ${base} --dir ${root}/dist ${serverArgs}`.trim(),
      url,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  } satisfies PlaywrightTestConfig;
}
