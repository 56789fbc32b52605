import { defineConfig, devices } from '@playwright/test';
import { findChromium, isExecutable, onPath } from './ensure-browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * The browser ensure-browser.mjs found (or installed) before this run, looked
 * up the same way: $CHROMIUM_PATH, /usr/bin/chromium, `chromium` on PATH.
 * Without any, Playwright uses its own downloaded Chromium.
 */
function systemChromium(): string | undefined {
  const found = findChromium({
    env: process.env,
    isExecutable,
    onPath,
    playwrightChromium: () => undefined,
  });
  return found.found ? found.path : process.env.CHROMIUM_PATH;
}

export default defineConfig({
  testDir: 'tests',
  // One API and one database for the whole run; tests use their own names and accounts.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: systemChromium(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node start-server.mjs',
    url: `http://127.0.0.1:${PORT}/healthz`,
    env: { E2E_PORT: String(PORT) },
    // Always a fresh database: never reuse a server left running from elsewhere.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
