import { expect, test } from '@playwright/test';
import { DEMO, openSeekerPage, signInAsSeeker, signInToDashboard, unique } from './support';

test('staff add a company, mark it hiring, and seekers see it hiring', async ({
  page,
  browser,
}) => {
  const name = `Harbor Lights ${unique()}`;
  await signInToDashboard(page, DEMO.staff);
  await expect(page).toHaveTitle('Companies · Rapport dashboard');
  // Staff (not admins) do not see the staff page in the navigation.
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  await expect(nav.getByRole('link', { name: 'Companies' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add company' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a company' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Company name')).toBeFocused();
  await dialog.getByLabel('Company name').fill(name);
  await dialog.getByLabel('Website').fill('not a web address');
  await dialog.getByLabel('Industry').fill('Shipping');
  await dialog.getByRole('button', { name: 'Add company' }).click();

  const website = dialog.getByLabel('Website');
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(website).toHaveAccessibleDescription(/must be a web address/);
  await expect(website).toBeFocused();
  await expect(dialog.getByLabel('Industry')).toHaveValue('Shipping');

  await website.fill('harborlights.example');
  await dialog.getByLabel('Office address').fill('1 Pier Road, Portland, ME 04101');
  await dialog.getByRole('button', { name: 'Add company' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: `${name} was added.` })).toBeVisible();

  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: 'harborlights.example' })).toBeVisible();
  await expect(row.getByRole('combobox', { name: `Hiring status of ${name}` })).toHaveValue(
    'UNKNOWN',
  );

  await row.getByRole('combobox', { name: `Hiring status of ${name}` }).selectOption('HIRING');
  await expect(
    page.getByRole('status').filter({ hasText: `${name} is now marked “Hiring”.` }),
  ).toBeAttached();
  await expect(
    page.getByRole('listitem').filter({ hasText: `${name} is now marked` }),
  ).toBeVisible();

  // Editing uses the same form, filled in.
  await row.getByRole('button', { name: `Edit ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await expect(edit.getByLabel('Website')).toHaveValue('https://harborlights.example/');
  await edit.getByLabel('Industry').fill('Maritime shipping');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole('cell', { name: 'Maritime shipping' })).toBeVisible();

  // A seeker, in their own browser session, sees the company as hiring.
  const seekerContext = await browser.newContext();
  const seeker = await seekerContext.newPage();
  await signInAsSeeker(seeker, DEMO.otherSeeker);
  await openSeekerPage(seeker, 'Companies');
  await seeker.getByRole('searchbox', { name: 'Search companies' }).fill(name);
  const card = seeker.getByRole('list', { name: 'Companies' }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Hiring');
  await card.getByRole('link', { name }).click();
  await expect(seeker.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(seeker.getByText(/Hiring since/)).toBeVisible();
  await expect(seeker.getByText('Not hiring? Still ask for a meeting.')).toHaveCount(0);
  await seekerContext.close();
});

test('the add-company dialog works with the keyboard alone', async ({ page }) => {
  const name = `Keyboard Works ${unique()}`;
  await signInToDashboard(page, DEMO.staff);
  const addButton = page.getByRole('button', { name: 'Add company' });

  // Tab from the top of the page to the button, as a keyboard user would.
  await page.locator('body').focus();
  for (
    let presses = 0;
    presses < 20 && !(await addButton.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(addButton).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Add a company' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Company name')).toBeFocused();

  // Escape closes it and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(addButton).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Company name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Website')).toBeFocused();
  await page.keyboard.type('keyboard-works.example');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Industry')).toBeFocused();
  await page.keyboard.type('Accessibility');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Office address')).toBeFocused();
  await page.keyboard.type('9 Tab Street, Springfield');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(addButton).toBeFocused();
  await expect(page.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
});
