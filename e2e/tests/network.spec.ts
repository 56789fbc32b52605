import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectNoAxeViolations, signInAsSeeker, signInToDashboard } from './support';

/** Whether this browser can draw with WebGL (Playwright's Chromium usually can, through SwiftShader). */
function hasWebGl(page: Page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  });
}

test('staff explore the network around a company, filter it and read a path with the keyboard', async ({
  page,
}) => {
  await signInToDashboard(page, DEMO.staff);
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  await nav.getByRole('link', { name: 'Network' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();
  await expect(page).toHaveTitle('Network · Rapport dashboard');

  // Centre on a company: type, then choose the match.
  const search = page.getByRole('searchbox', { name: 'Centre on a company or person' });
  await search.pressSequentially('Copperline');
  const match = page
    .getByRole('search', { name: 'Centre the graph' })
    .getByRole('button', { name: 'Copperline Software' });
  await match.press('Enter');
  await expect(page.getByRole('heading', { name: 'Around Copperline Software' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/network\?focus=.+&kind=company/);
  await expect(
    page.getByRole('status').filter({ hasText: /people and \d+ links shown/ }),
  ).toBeVisible();

  const webgl = await hasWebGl(page);
  if (webgl) {
    // The picture is one labelled image; the list view tab holds the same facts.
    await expect(page.getByRole('img', { name: /^Network graph of \d+ people/ })).toBeVisible();
    await expect(page.locator('.explorer-canvas canvas').first()).toBeAttached();
  } else {
    await expect(page.getByText('This browser cannot draw the graph')).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // Filter by kind: without "Knows", Grace Kim (whom Elena Ortiz only knows) drops out.
  const listTab = page.getByRole('tab', { name: 'List view' });
  const openList = async () => {
    if (!webgl || (await listTab.getAttribute('aria-selected')) === 'true') return;
    await page.getByRole('tab', { name: 'Graph' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(listTab).toHaveAttribute('aria-selected', 'true');
  };
  await openList();
  const people = page.getByRole('table', { name: /^People shown/ });
  await expect(people.getByRole('rowheader', { name: 'Grace Kim' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Knows' }).press('Space');
  await expect(page).toHaveURL(/links=REFERRED%2CWORKS_WITH|links=REFERRED,WORKS_WITH/);
  await expect(people.getByRole('rowheader', { name: 'Grace Kim' })).toHaveCount(0);
  const links = page.getByRole('table', { name: /^Links shown/ });
  await expect(links.getByRole('cell', { name: 'Knows', exact: true })).toHaveCount(0);
  await expect(
    links.getByRole('row').filter({ hasText: 'Elena Ortiz' }).filter({ hasText: 'Victor Nguyen' }),
  ).toContainText('Referred');

  // The path between two people, chosen and asked for with the keyboard alone.
  await page.getByRole('combobox', { name: 'From' }).focus();
  await page.keyboard.type('Dana');
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue(/.+/);
  await page.getByRole('combobox', { name: 'To' }).focus();
  await page.keyboard.type('Victor');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Find the path' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({
      hasText: 'Found a path of 2 hops from Dana Whitfield to Victor Nguyen.',
    }),
  ).toBeVisible();
  const hops = page.getByRole('list', {
    name: 'Path from Dana Whitfield to Victor Nguyen, hop by hop',
  });
  await expect(hops.getByRole('listitem')).toHaveCount(2);
  await expect(hops.getByRole('listitem').nth(0)).toContainText(
    'Dana Whitfield suggested talking to Elena Ortiz at Copperline Software',
  );
  await expect(hops.getByRole('listitem').nth(1)).toContainText(
    'Elena Ortiz suggested talking to Victor Nguyen at Granite Bay Builders',
  );
  // The list view marks the path's links, first in the table.
  await openList();
  await expect(links.getByRole('row').nth(1)).toContainText('On the path');
  await expect(people.getByRole('row').filter({ hasText: 'Victor Nguyen' })).toContainText(
    'On the path',
  );
  await expectNoAxeViolations(page);
});

test('staff centre on a well-connected person and export what is shown', async ({ page }) => {
  await signInToDashboard(page, DEMO.staff);
  await page.goto('/admin/network');
  // Before a centre is chosen, the best-connected people of the whole network.
  await expect(page.getByRole('heading', { name: 'Best-connected people' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Best connected across/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole('searchbox', { name: 'Centre on a company or person' })
    .pressSequentially('Copperline');
  await page.getByRole('button', { name: 'Copperline Software' }).press('Enter');
  // The best-connected people into the company, each one key away from being the centre.
  const brokers = page.getByRole('table', { name: 'Best connected into Copperline Software' });
  await brokers.getByRole('button', { name: 'Centre here on Dana Whitfield' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Around Dana Whitfield' })).toBeVisible();
  await expect(page).toHaveURL(/kind=contact/);

  // Export what is shown.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^rapport-network-dana-whitfield-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  // One row per person and per link shown, Dana's referral of Elena among them.
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('record,id,label,kind,company');
  expect(csv).toMatch(/\nnode,[^,]+,Dana Whitfield,CONTACT,Northwind Logistics/);
  expect(csv).toMatch(/\nedge,[^,]+,,REFERRED,.*Dana Whitfield,.*Elena Ortiz/);
});

test('without WebGL the explorer says so and shows the list view alone', async ({ page }) => {
  // As on a browser or remote desktop with WebGL turned off.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (kind.startsWith('webgl') || kind === 'experimental-webgl') return null;
      return (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof original;
  });
  await signInToDashboard(page, DEMO.staff);
  await page.goto('/admin/network');
  await page
    .getByRole('searchbox', { name: 'Centre on a company or person' })
    .pressSequentially('Copperline');
  await page.getByRole('button', { name: 'Copperline Software' }).press('Enter');
  await expect(page.getByText('This browser cannot draw the graph')).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Network graph/ })).toHaveCount(0);
  await expect(
    page
      .getByRole('table', { name: /^People shown/ })
      .getByRole('rowheader', { name: 'Elena Ortiz' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /^Links shown/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a seeker sees their referral tree and warm paths into the companies they target', async ({
  page,
}) => {
  await signInAsSeeker(page, DEMO.seeker);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My network' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'My network' })).toBeVisible();
  await expect(page).toHaveTitle(/^My network · /);

  // The tree, as nested lists: Dana named Elena, who named Sam and Victor; Sam named Lucía, Nadia and Leo.
  const tree = page.getByRole('list', { name: 'Your referral tree' });
  await expect(tree).toContainText('Dana Whitfield');
  const fromElena = page.getByRole('list', { name: 'Names Elena Ortiz gave you' });
  await expect(fromElena.getByRole('listitem').filter({ hasText: 'Victor Nguyen' })).toContainText(
    'Asked',
  );
  const fromSam = page.getByRole('list', { name: 'Names Sam Rivera gave you' });
  // Sam gave three names at the wrap-up of the demo meeting; Jordan has met Lucía since.
  await expect(fromSam.getByRole('listitem')).toHaveCount(3);
  await expect(fromSam.getByRole('listitem').filter({ hasText: 'Lucía Fernández' })).toContainText(
    'Met',
  );
  await expect(fromSam.getByRole('listitem').filter({ hasText: 'Nadia Brooks' })).toContainText(
    'Name given',
  );
  await expect(fromSam).toContainText('Named by Sam Rivera');

  // Paths into the first company they target, then another of theirs.
  const company = page.getByRole('combobox', { name: 'Company' });
  await expect(company).toHaveValue(/.+/);
  const bluebird = page.getByRole('list', { name: 'Your best paths into Bluebird Health' });
  await expect(bluebird.getByRole('listitem').first()).toContainText(
    'Elena Ortiz knows Grace Kim at Bluebird Health',
  );
  await company.selectOption({ label: 'Copperline Software' });
  const copperline = page.getByRole('list', { name: 'Your best paths into Copperline Software' });
  // Jordan's own meeting with Sam there (the demo wrap-up) is the strongest one-step path.
  await expect(copperline.getByRole('listitem').first()).toContainText(
    'You met Sam Rivera at Copperline Software',
  );
  await expectNoAxeViolations(page);
});
