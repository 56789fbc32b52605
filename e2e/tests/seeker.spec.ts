import { expect, test } from '@playwright/test';
import { DEMO, openSeekerPage, signInAsSeeker, unique } from './support';

test('a job seeker signs up, finds a company, signs out and back in', async ({ page }) => {
  const email = `seeker-${unique()}@example.com`;
  const password = 'a long enough password';

  // A visitor asking for a signed-in page is sent to sign in first.
  await page.goto('/companies/whatever');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole('link', { name: 'Create an account' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expect(page).toHaveTitle('Create your account · Rapport');
  await page.getByLabel('Your name').fill('Casey Newcomer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  // The domain's password rule answers at once, next to the field, and nothing typed is lost.
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/at least 10 characters/i);
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Your name')).toHaveValue('Casey Newcomer');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  // Signed in, and brought to the page originally asked for.
  await expect(page).toHaveURL(/\/companies\/whatever$/);
  await expect(page.getByRole('heading', { name: 'We could not find that company' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Companies' })
    .click();

  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
  await expect(page.getByText('Signed in as Casey Newcomer')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /in the network/ })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search companies' }).fill('bluebird');
  await expect(
    page.getByRole('status').filter({ hasText: '1 company matches your search' }),
  ).toBeVisible();
  const companies = page.getByRole('list', { name: 'Companies' });
  await expect(companies.getByRole('listitem')).toHaveCount(1);
  await expect(page).toHaveURL(/q=bluebird/);

  await companies.getByRole('link', { name: 'Bluebird Health' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bluebird Health' })).toBeVisible();
  await expect(page).toHaveTitle('Bluebird Health · Rapport');
  await expect(page.getByRole('link', { name: 'bluebird-health.example' })).toHaveAttribute(
    'href',
    /^https:\/\/bluebird-health\.example\/?$/,
  );
  await expect(page.getByText('55 Elm Street, Boston, MA 02108')).toBeVisible();
  await expect(page.getByText(/Not hiring since/)).toBeVisible();
  // Not hiring is no reason to stop: the page says so.
  await expect(page.getByText('Not hiring? Still ask for a meeting.')).toBeVisible();

  // Back to the list keeps the search.
  await page.getByRole('link', { name: 'All companies' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search companies' })).toHaveValue('bluebird');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto('/companies');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcompanies/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(email);

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByText('Signed in as Casey Newcomer')).toBeVisible();
});

test('filtering by hiring status and the empty state', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('riley@rapport.test');
  await page.getByLabel('Password').fill('rapport-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signing in opens the dashboard, which links to the company directory.
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse companies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();

  await expect(page.getByRole('status').filter({ hasText: /in the network/ })).toBeVisible();

  await page.getByLabel('Hiring status').selectOption('HIRING');
  const companies = page.getByRole('list', { name: 'Companies' });
  // The unfiltered list stays on screen, marked busy, until the filtered one arrives.
  await expect(companies).not.toHaveAttribute('aria-busy', 'true');
  await expect(companies.getByRole('listitem').first()).toBeVisible();
  for (const badge of await companies.getByRole('listitem').all()) {
    await expect(badge).toContainText('Hiring');
    await expect(badge).not.toContainText('Not hiring');
  }

  await page.getByRole('searchbox', { name: 'Search companies' }).fill('no such company anywhere');
  await expect(page.getByRole('heading', { name: 'No companies match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /in the network/ })).toBeVisible();
});

test('when the network fails, the form says so and keeps what was typed', async ({ page }) => {
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await page.getByLabel('Your name').fill('Offline Person');
  await page.getByLabel('Email').fill(`offline-${unique()}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');

  await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('could not reach Rapport');
  await expect(page.getByLabel('Your name')).toHaveValue('Offline Person');
  await expect(page.getByLabel('Password')).toHaveValue('a long enough password');
});

test('signing up with an email that has an account says nothing about it and suggests signing in', async ({
  page,
}) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Email').fill('riley@rapport.test');
  await page.getByLabel('Password').fill('a different long passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(
    page.getByText(/If you already have an account with this email, sign in/),
  ).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-up/);
});

test('a page whose code cannot be downloaded shows the error page, and Back still works', async ({
  page,
}) => {
  await signInAsSeeker(page, DEMO.otherSeeker);
  await openSeekerPage(page, 'Companies');
  // As after a release, when an open tab asks for a chunk the server no longer has.
  await page.route('**/assets/company-route-*.js', (route) => route.abort('failed'));
  await page.getByRole('list', { name: 'Companies' }).getByRole('link').first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
  await expect(page).toHaveTitle('Something went wrong · Rapport');
  await expect(page.getByText('This page could not be downloaded.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Reload the page' })).toHaveAttribute(
    'href',
    /\/companies\/[^/]+$/,
  );

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
});
