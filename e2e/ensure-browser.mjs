// Makes sure the end-to-end tests have a Chromium to drive, before Playwright
// starts (`npm run e2e` runs this first). In order:
//   1. a browser that is already there: $CHROMIUM_PATH, /usr/bin/chromium,
//      `chromium` on PATH, Playwright's own downloaded Chromium;
//   2. else install one: Playwright's download when its host answers, or
//      Debian's `chromium` package when running as root with apt-get;
//   3. else stop with one sentence saying what to run.
// The tests are never skipped: without a browser this exits non-zero.
//
// The decisions are pure functions over injected probes (see
// ensure-browser.test.mjs); only main() touches the machine.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_DOWNLOAD_HOST = 'https://cdn.playwright.dev';

export const WHAT_TO_RUN =
  'No Chromium for the end-to-end tests: run `npx playwright install chromium` ' +
  '(or, on Debian or Ubuntu as root, `apt-get install chromium`), ' +
  'or set CHROMIUM_PATH to a Chromium binary, then run the tests again.';

/**
 * @typedef {{ found: true, path: string, source: string } | { found: false, problem?: string }} Found
 * @typedef {{
 *   env: Record<string, string | undefined>,
 *   isExecutable: (file: string) => boolean,
 *   onPath: (command: string) => string | undefined,
 *   playwrightChromium: () => string | undefined,
 * }} FindProbes
 */

/**
 * The Chromium already on this machine, in the order the README gives. A
 * CHROMIUM_PATH that names no browser is a mistake to report, not a reason
 * to quietly use another one.
 * @param {FindProbes} probes
 * @returns {Found}
 */
export function findChromium({ env, isExecutable, onPath, playwrightChromium }) {
  if (env.CHROMIUM_PATH) {
    return isExecutable(env.CHROMIUM_PATH)
      ? { found: true, path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : {
          found: false,
          problem: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file: fix or unset it.`,
        };
  }
  if (isExecutable(SYSTEM_CHROMIUM)) {
    return { found: true, path: SYSTEM_CHROMIUM, source: 'system' };
  }
  const fromPath = onPath('chromium');
  if (fromPath) return { found: true, path: fromPath, source: 'PATH' };
  const own = playwrightChromium();
  if (own && isExecutable(own)) return { found: true, path: own, source: 'Playwright' };
  return { found: false };
}

/**
 * @typedef {FindProbes & {
 *   downloadHostReachable: () => Promise<boolean>,
 *   isRoot: () => boolean,
 *   hasAptGet: () => boolean,
 * }} PlanProbes
 * @typedef {{ action: 'use', path: string, source: string }
 *   | { action: 'install', methods: ('playwright' | 'apt')[] }
 *   | { action: 'stop', message: string }} Plan
 */

/**
 * What to do: use the browser that is there, try these installs in order, or
 * stop with a sentence. The slow probe (the download host) runs only when
 * there is no browser yet.
 * @param {PlanProbes} probes
 * @returns {Promise<Plan>}
 */
export async function planChromium(probes) {
  const found = findChromium(probes);
  if (found.found) return { action: 'use', path: found.path, source: found.source };
  if (found.problem) return { action: 'stop', message: found.problem };

  /** @type {('playwright' | 'apt')[]} */
  const methods = [];
  if (await probes.downloadHostReachable()) methods.push('playwright');
  if (probes.isRoot() && probes.hasAptGet()) methods.push('apt');
  return methods.length > 0
    ? { action: 'install', methods }
    : { action: 'stop', message: WHAT_TO_RUN };
}

// ---- The real machine ----------------------------------------------------

const here = path.dirname(fileURLToPath(import.meta.url));

/** @param {string} file */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} command @returns {string | undefined} */
export function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return undefined;
}

async function playwrightChromiumPath() {
  // Where `npx playwright install chromium` puts (or has put) the browser.
  const { chromium } = await import('@playwright/test');
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Any HTTP answer within a few seconds counts: this only tells "no route" apart. */
async function downloadHostReachable() {
  const host = process.env.PLAYWRIGHT_DOWNLOAD_HOST || DEFAULT_DOWNLOAD_HOST;
  try {
    await fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(4000) });
    return true;
  } catch {
    return false;
  }
}

/** @param {string} command @param {string[]} args */
function run(command, args, env = process.env) {
  console.log(`e2e: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: here, stdio: 'inherit', env }).status === 0;
}

const INSTALLERS = {
  playwright: () => run('npx', ['playwright', 'install', 'chromium']),
  apt: () => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    return run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env);
  },
};

async function main() {
  const ownPath = await playwrightChromiumPath();
  /** @type {PlanProbes} */
  const probes = {
    env: process.env,
    isExecutable,
    onPath,
    playwrightChromium: () => ownPath,
    downloadHostReachable,
    isRoot: () => process.getuid?.() === 0,
    hasAptGet: () => onPath('apt-get') !== undefined,
  };
  const plan = await planChromium(probes);
  if (plan.action === 'use') {
    console.log(`e2e: using Chromium at ${plan.path} (${plan.source})`);
    return 0;
  }
  if (plan.action === 'stop') {
    console.error(`e2e: ${plan.message}`);
    return 1;
  }
  for (const method of plan.methods) {
    if (!INSTALLERS[method]()) continue;
    const found = findChromium(probes);
    if (found.found) {
      console.log(`e2e: installed Chromium at ${found.path}`);
      return 0;
    }
  }
  console.error(`e2e: installing Chromium failed. ${WHAT_TO_RUN}`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
