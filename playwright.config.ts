import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium-launch';

// E2E_PORT lets two checkouts on one machine run their suites at once.
const port = Number(process.env.E2E_PORT ?? 4321);

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the
 * built site served by `astro preview`. Run `npm run build` first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Whole lessons take a while on a slow, shared machine.
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace made the suite about 45 % slower (2 of 4 minutes on the CSP and
    // exercise files), and CI keeps no files: ask for one when a test fails,
    // `npm run test:e2e -- --trace=retain-on-failure`.
    trace: 'off',
    // Each test's fresh browser would otherwise download the whole site into its
    // service worker; tests/e2e/offline.spec.ts turns it on for itself.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
