import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { testDatabaseFile, type TestDatabase } from '../test-database.mjs';

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

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL call in a request context's session; fails the test on any error. */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  expect(answer.errors, query).toBeUndefined();
  return answer.data!;
}

/** A new seeker (so no earlier ask stands in the way), signed up through the form, on their dashboard. */
export async function signUpAsSeeker(page: Page, name: string, emailPrefix: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(`${emailPrefix}-${unique()}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
}

/** Records an ask by email on the contact's page. */
export async function recordAsk(page: Page, fullName: string) {
  await page.getByRole('radio', { name: 'Email' }).check();
  await page.getByRole('button', { name: 'Record my ask' }).click();
  await expect(page.getByText(`You asked ${fullName} by email on`)).toBeVisible();
}

// Times are offered on a New York clock, inside its office hours.
export const OFFICE_ZONE = 'America/New_York';

/** The next weekdays in New York, at least two days ahead, as "2026-04-02". */
export function nextWeekdays(count: number): string[] {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: OFFICE_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  });
  const days: string[] = [];
  for (let at = Date.now() + 2 * 86_400_000; days.length < count; at += 86_400_000) {
    const parts = Object.fromEntries(
      format.formatToParts(new Date(at)).map((part) => [part.type, part.value]),
    );
    if (parts.weekday !== 'Sat' && parts.weekday !== 'Sun') {
      days.push(`${parts.year}-${parts.month}-${parts.day}`);
    }
  }
  return days;
}

/** Offers two times through a link and returns the link as the seeker would copy it. */
export async function proposeTimes(page: Page, fullName: string): Promise<string> {
  const [first, second] = nextWeekdays(2);
  const form = page.getByRole('form', { name: 'Propose times' });
  await form.getByLabel('Their time zone').selectOption(OFFICE_ZONE);
  await form.getByLabel('Time 1').fill(`${first}T10:00`);
  await form.getByRole('button', { name: 'Add another time' }).click();
  await form.getByLabel('Time 2').fill(`${second}T14:30`);
  await form.getByRole('button', { name: 'Make the link' }).click();
  const link = await schedulingLinkShown(page, fullName);
  await expect(page.getByRole('heading', { name: /Waiting for \w+ to pick a time/ })).toBeVisible();
  return link;
}

/** The link the seeker has just been given, checked with the sentence that carries it. */
export async function schedulingLinkShown(page: Page, fullName: string): Promise<string> {
  const field = page.getByRole('textbox', { name: `Link for ${fullName}` });
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toMatch(/\/reply\/[A-Za-z0-9_-]{43}$/);
  // The sentence to paste carries the same link and the times on their clock.
  const sentence = page.locator('.scheduling-link__message');
  await expect(sentence).toContainText(link);
  await expect(sentence).toContainText(`(${OFFICE_ZONE} time)`);
  await expect(page.getByRole('button', { name: 'Copy the email sentence' })).toBeVisible();
  return link;
}

/** The manager's browser: no account, no cookies. */
export async function openAsManager(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

/** Staff change a company's hiring status on the dashboard's companies page. */
export async function setHiringStatus(page: Page, company: string, status: string, label: string) {
  const select = page.getByRole('combobox', { name: `Hiring status of ${company}` });
  await select.selectOption(status);
  await expect(
    page.getByRole('status').filter({ hasText: `${company} is now marked “${label}”.` }),
  ).toBeAttached();
}

/** Meeting mode's saved or unsaved state, as the page words it. */
export const notesState = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).first();

/** Reloads meeting mode with the device's copy removed, so what shows is what the server holds. */
export async function reloadFromServer(page: Page, contactName: string) {
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: `Meeting with ${contactName}` }),
  ).toBeVisible();
}

const SQL_NAME = /^[a-z_]+$/;

/**
 * TEST ONLY. Sets columns of rows straight in the database of the server this
 * run started (where start-server.mjs says it is), for what no page may do:
 * the server has no clock to move, so a link is made to expire, or a meeting
 * to have begun, by moving their times. One UPDATE on SQLite or PostgreSQL;
 * returns how many rows it changed. Instants are written the way the API
 * writes them on each database.
 */
export async function updateTestDatabase(
  table: string,
  set: Record<string, Date>,
  where: Record<string, string>,
): Promise<number> {
  const names = [table, ...Object.keys(set), ...Object.keys(where)];
  const bad = names.find((name) => !SQL_NAME.test(name));
  if (bad) throw new Error(`updateTestDatabase: "${bad}" is not a plain table or column name`);
  const port = new URL(test.info().project.use.baseURL!).port;
  const database = JSON.parse(readFileSync(testDatabaseFile(port), 'utf8')) as TestDatabase;
  const values = [...Object.values(set), ...Object.values(where)];
  const placeholder = (index: number) => (database.kind === 'postgres' ? `$${index + 1}` : '?');
  const setCount = Object.keys(set).length;
  const assign = Object.keys(set).map((column, i) => `${column} = ${placeholder(i)}`);
  const match = Object.keys(where).map((column, i) => `${column} = ${placeholder(setCount + i)}`);
  const sql = `UPDATE ${table} SET ${assign.join(', ')} WHERE ${match.join(' AND ')}`;
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rowCount ?? 0;
    } finally {
      await client.end();
    }
  }
  // TypeORM keeps SQLite datetimes as UTC text, "2026-04-02 14:00:00.000".
  const sqliteValues = values.map((value) =>
    value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : value,
  );
  const db = new Database(database.path);
  try {
    db.pragma('busy_timeout = 5000');
    return db.prepare(sql).run(...sqliteValues).changes;
  } finally {
    db.close();
  }
}
