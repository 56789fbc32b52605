import { expect, test } from '@playwright/test';
import {
  DEMO,
  expectNoAxeViolations,
  openSeekerPage,
  signInAsSeeker,
  signInToDashboard,
} from './support';

test.describe('seeker app has no detectable WCAG 2.1 AA problems', () => {
  test('sign in and sign up', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectNoAxeViolations(page);
    // Also with errors showing.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.goto('/sign-up');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Create your account' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('companies and a company', async ({ page }) => {
    await signInAsSeeker(page);
    await openSeekerPage(page, 'Companies');
    await expect(page.getByRole('list', { name: 'Companies' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Bluebird Health' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bluebird Health' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('dashboard has no detectable WCAG 2.1 AA problems', () => {
  test('sign in', async ({ page }) => {
    await page.goto('/admin/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('companies, the add-company dialog and staff', async ({ page }) => {
    await signInToDashboard(page, DEMO.admin);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Add company' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a company' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Add company' }).click();
    await expect(dialog.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Staff' }).click();
    await expect(page.getByRole('table', { name: /Staff accounts/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('dashboard contacts pages have no detectable WCAG 2.1 AA problems', () => {
  test('contacts table, add-contact dialog, a contact and its dialogs', async ({ page }) => {
    await signInToDashboard(page, DEMO.staff);
    await page.goto('/admin/contacts');
    await expect(page.getByRole('table', { name: 'Contacts, by name' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a contact' });
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect(dialog.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    // The demo network adds a few hundred people: find her by name.
    await page.getByRole('searchbox', { name: 'Search' }).fill('Dana Whitfield');
    await page.getByRole('link', { name: 'Dana Whitfield' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Merge with…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Do not contact' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('import with its preview, settings and a company page', async ({ page }) => {
    await signInToDashboard(page, DEMO.staff);
    await page.goto('/admin/contacts/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page
      .getByLabel('Or paste the CSV')
      .fill(
        'Name,Company,Email\nDana Whitfield,Northwind Logistics,dana@northwind.example\nNo Email,Acme,nope\n',
      );
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '2. Check the rows' })).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText(/Choose what to do with line/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/admin/settings');
    await expect(page.getByLabel('Asks per contact')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/admin/companies');
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await expect(page.getByRole('region', { name: 'Contacts' }).getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
