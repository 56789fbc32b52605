import { expect, test } from '@playwright/test';
import { DEMO, signIn, signInToDashboard, unique } from './support';

test('an admin creates a staff account that can then sign in', async ({ page, browser }) => {
  const email = `coach-${unique()}@rapport.test`;
  await signInToDashboard(page, DEMO.admin);

  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Staff' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Staff accounts/ })).toContainText('Sam Staff');

  const form = page.getByRole('form', { name: 'Add a staff account' });
  await form.getByLabel('Full name').fill('Morgan Coach');
  await form.getByLabel('Work email').fill(email);
  await form.getByLabel('Password').fill('coach-password-2026');
  await form.getByLabel('Role').selectOption('STAFF');
  await form.getByRole('button', { name: 'Create account' }).click();

  await expect(
    page.getByRole('listitem').filter({ hasText: 'Account created for Morgan Coach' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Morgan Coach/ })).toContainText(email);
  await expect(form.getByLabel('Full name')).toHaveValue('');

  // The same email twice is refused, next to the field.
  await form.getByLabel('Full name').fill('Morgan Again');
  await form.getByLabel('Work email').fill(email);
  await form.getByLabel('Password').fill('coach-password-2026');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Work email')).toHaveAccessibleDescription(/already exists/);
  await expect(form.getByLabel('Full name')).toHaveValue('Morgan Again');

  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await coach.goto('/admin/sign-in');
  await coach.getByLabel('Email').fill(email);
  await coach.getByLabel('Password').fill('coach-password-2026');
  await coach.getByRole('button', { name: 'Sign in' }).click();
  await expect(coach.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
  await expect(coach.getByText('Morgan Coach')).toBeVisible();
  // A staff member who types the address of the staff page is told it is for admins.
  await coach.goto('/admin/staff');
  await expect(coach.getByText('Administrators only.')).toBeVisible();
  await coachContext.close();
});

test('a job seeker is turned away from the dashboard', async ({ page }) => {
  await signIn(page, 'admin', DEMO.seeker);
  await expect(page.getByText('This dashboard is for agency staff.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // Going straight to a dashboard page gives the same answer.
  await page.goto('/admin/companies');
  await expect(page.getByText('This dashboard is for agency staff.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Dashboard' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Go to the job-seeker app' }).click();
  // The seeker app's home is the seeker's dashboard.
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await expect(page.getByText('Signed in as Jordan Seeker')).toBeVisible();
});
