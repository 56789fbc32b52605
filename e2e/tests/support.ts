import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'rapport-demo-2026';
export const DEMO = {
  admin: 'admin@rapport.test',
  staff: 'staff@rapport.test',
  seeker: 'jordan@rapport.test',
  otherSeeker: 'riley@rapport.test',
} as const;

/** A short suffix that keeps names and emails unique within one run's database. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Signs in through the real form of either app and waits for the first signed-in page. */
export async function signIn(page: Page, app: 'web' | 'admin', email: string) {
  await page.goto(app === 'web' ? '/sign-in' : '/admin/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInToDashboard(page: Page, email: string) {
  await signIn(page, 'admin', email);
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
}

/** Signs in to the seeker app, which opens on the seeker's dashboard. */
export async function signInAsSeeker(page: Page, email: string = DEMO.seeker) {
  await signIn(page, 'web', email);
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
}

/** Moves to another page of the seeker app through its main navigation. */
export async function openSeekerPage(page: Page, name: 'Dashboard' | 'Contacts' | 'Companies') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  const heading = name === 'Dashboard' ? 'Your dashboard' : name;
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules and fails with a readable list. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(summary).toEqual([]);
}
