// Every branch of ensure-browser.mjs's decision, on machines described by
// injected probes: the real one is never changed by these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SYSTEM_CHROMIUM, WHAT_TO_RUN, findChromium, planChromium } from './ensure-browser.mjs';

const OWN = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

/** A machine with nothing on it, unless told otherwise; records the probes asked. */
function machine({
  env = {},
  files = [],
  path = {},
  own = OWN,
  reachable = false,
  root = false,
  apt = false,
} = {}) {
  const asked = [];
  return {
    asked,
    probes: {
      env,
      isExecutable: (file) => files.includes(file),
      onPath: (command) => path[command],
      playwrightChromium: () => own,
      downloadHostReachable: async () => {
        asked.push('download host');
        return reachable;
      },
      isRoot: () => root,
      hasAptGet: () => apt,
    },
  };
}

describe('a browser that is already there', () => {
  it('uses CHROMIUM_PATH first, over every other browser', async () => {
    const { probes, asked } = machine({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      files: ['/opt/chrome/chrome', SYSTEM_CHROMIUM, OWN],
      path: { chromium: '/usr/local/bin/chromium' },
    });
    assert.deepEqual(await planChromium(probes), {
      action: 'use',
      path: '/opt/chrome/chrome',
      source: 'CHROMIUM_PATH',
    });
    assert.deepEqual(asked, [], 'no network probe when a browser is there');
  });

  it('stops on a CHROMIUM_PATH that names no browser rather than picking another', async () => {
    const { probes } = machine({
      env: { CHROMIUM_PATH: '/nope/chrome' },
      files: [SYSTEM_CHROMIUM],
      reachable: true,
      root: true,
      apt: true,
    });
    const plan = await planChromium(probes);
    assert.equal(plan.action, 'stop');
    assert.match(plan.message, /CHROMIUM_PATH is set to \/nope\/chrome/);
  });

  it('then /usr/bin/chromium', async () => {
    const { probes } = machine({
      files: [SYSTEM_CHROMIUM, OWN],
      path: { chromium: '/snap/bin/chromium' },
    });
    assert.deepEqual(await planChromium(probes), {
      action: 'use',
      path: SYSTEM_CHROMIUM,
      source: 'system',
    });
  });

  it('then chromium on PATH', async () => {
    const { probes } = machine({ files: [OWN], path: { chromium: '/snap/bin/chromium' } });
    assert.deepEqual(await planChromium(probes), {
      action: 'use',
      path: '/snap/bin/chromium',
      source: 'PATH',
    });
  });

  it('then the Chromium Playwright downloaded earlier', async () => {
    const { probes } = machine({ files: [OWN] });
    assert.deepEqual(await planChromium(probes), {
      action: 'use',
      path: OWN,
      source: 'Playwright',
    });
  });

  it('not Playwright’s browser when it was never downloaded', () => {
    const { probes } = machine({ own: OWN, files: [] });
    assert.deepEqual(findChromium(probes), { found: false });
  });
});

describe('no browser yet', () => {
  it('installs Playwright’s Chromium when its download host answers, with apt-get as a fallback for root', async () => {
    const { probes, asked } = machine({ reachable: true, root: true, apt: true });
    assert.deepEqual(await planChromium(probes), {
      action: 'install',
      methods: ['playwright', 'apt'],
    });
    assert.deepEqual(asked, ['download host']);
  });

  it('installs Playwright’s Chromium for someone who is not root', async () => {
    const { probes } = machine({ reachable: true, root: false, apt: true });
    assert.deepEqual(await planChromium(probes), { action: 'install', methods: ['playwright'] });
  });

  it('installs Debian’s chromium as root when the download host is out of reach', async () => {
    const { probes } = machine({ reachable: false, root: true, apt: true });
    assert.deepEqual(await planChromium(probes), { action: 'install', methods: ['apt'] });
  });

  it('stops with what to run when it is not root', async () => {
    const { probes } = machine({ reachable: false, root: false, apt: true });
    assert.deepEqual(await planChromium(probes), { action: 'stop', message: WHAT_TO_RUN });
  });

  it('stops with what to run when there is no apt-get', async () => {
    const { probes } = machine({ reachable: false, root: true, apt: false });
    assert.deepEqual(await planChromium(probes), { action: 'stop', message: WHAT_TO_RUN });
  });

  it('says it in one sentence', () => {
    assert.equal(WHAT_TO_RUN.split(/[.!?](\s|$)/).filter((part) => part.trim()).length, 1);
  });
});
