import { expect, test } from '@playwright/test';
import { DEMO, expectNoAxeViolations, openSeekerPage, signInAsSeeker, unique } from './support';

test('a seeker asks once, is refused a second ask, records a no and asks the next contact', async ({
  page,
}) => {
  // A long journey with three axe scans: it ran past 30 s on a loaded machine.
  test.slow();
  // A new seeker, so no earlier run or demo ask stands in the way.
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Alex Asker');
  await page.getByLabel('Email').fill(`asker-${unique()}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();

  // Home is the dashboard; its empty states teach the method.
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing waiting' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People to ask next' })).toBeVisible();
  await expectNoAxeViolations(page);

  await openSeekerPage(page, 'Contacts');
  await expect(page.getByRole('list', { name: 'Contacts' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('bluebird');
  await expect(page.getByRole('status').filter({ hasText: '2 contacts match' })).toBeVisible();
  await expect(page).toHaveURL(/q=bluebird/);
  await page.getByRole('link', { name: 'Priya Raman' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Priya Raman' })).toBeVisible();
  // Bluebird is not hiring: the scripts say plainly this is not a job request.
  await expect(page.getByText('Not hiring? Still ask.')).toBeVisible();
  const scripts = page.getByRole('tablist', { name: 'Ask script' });
  await expect(scripts.getByRole('tab', { name: 'Phone' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('tabpanel')).toContainText('not a job request');
  await expect(page.getByRole('tabpanel')).toContainText('15 to 20 minutes');
  await scripts.getByRole('tab', { name: 'Email' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Subject: A brief informational meeting?');
  await expect(page.getByRole('button', { name: 'Copy the email' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The same page in a second tab, opened before asking: its form goes stale.
  const staleTab = await page.context().newPage();
  await staleTab.goto(page.url());
  await expect(staleTab.getByRole('button', { name: 'Record my ask' })).toBeVisible();

  // The domain's channel rule answers next to the group, and the note survives.
  await page.getByLabel('Note').fill('Emailed her after the open day.');
  await page.getByRole('button', { name: 'Record my ask' }).click();
  await expect(page.getByRole('group', { name: 'How did you ask?' })).toHaveAccessibleDescription(
    /Choose how you asked/,
  );
  await page.getByRole('radio', { name: 'Email' }).check();
  await page.getByRole('button', { name: 'Record my ask' }).click();
  await expect(page.getByText('You asked Priya Raman by email on')).toBeVisible();
  await expect(page.getByText('Waiting for an answer').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // One ask per person, ever: the stale tab is refused with the first ask's date.
  await staleTab.getByRole('radio', { name: 'Phone' }).check();
  await staleTab.getByRole('button', { name: 'Record my ask' }).click();
  await expect(staleTab.getByText('You have already asked this person')).toBeVisible();
  await expect(staleTab.getByText(/You asked on \w+ \d{1,2}, \d{4}\./)).toBeVisible();
  await expect(staleTab.getByText(/Your first ask: \w{3} \d{1,2}, \d{4}\./)).toBeVisible();
  // …and then shows the ask that was already there instead of the form.
  await expect(staleTab.getByText('You asked Priya Raman by email on')).toBeVisible();
  await expect(staleTab.getByRole('button', { name: 'Record my ask' })).toHaveCount(0);
  await expectNoAxeViolations(staleTab);
  await staleTab.close();

  // Only the moves the domain allows from ASKED are offered.
  const answers = page.getByRole('group', { name: 'Record the answer' });
  await expect(answers.getByRole('button')).toHaveText([
    'They said yes',
    'They said no',
    'No answer',
    'Withdraw my ask',
  ]);
  await page.getByLabel('Note about the answer').fill('Too busy this month.');
  await answers.getByRole('button', { name: 'They said no' }).click();

  // The suggestions appear at once: the same company first, never the one who said no.
  const next = page.getByRole('list', { name: 'People to ask next' });
  await expect(next.getByRole('listitem').first()).toContainText('Grace Kim');
  await expect(next).not.toContainText('Priya Raman');
  await expect(page.getByText('Declined').first()).toBeVisible();
  await expect(page.getByText('Too busy this month.')).toBeVisible();
  await expect(answers).toHaveCount(0);
  await expectNoAxeViolations(page);

  await next.getByRole('link', { name: 'Ask Grace Kim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Kim' })).toBeVisible();
  await expect(page).toHaveURL(/#ask$/);
  await page.getByRole('radio', { name: 'Phone' }).check();
  await page.getByRole('button', { name: 'Record my ask' }).click();
  await expect(page.getByText('You asked Grace Kim by phone on')).toBeVisible();

  // The dashboard lists what waits for an answer.
  await openSeekerPage(page, 'Dashboard');
  const waiting = page.getByRole('list', { name: 'Asks waiting for an answer, oldest first' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting).toContainText('Grace Kim');
  await expect(waiting).toContainText('Asked today');
  await expectNoAxeViolations(page);
});

test('a private contact stays private, and do-not-contact is plain', async ({ page, browser }) => {
  await signInAsSeeker(page, DEMO.seeker);
  await openSeekerPage(page, 'Contacts');
  await page.getByRole('button', { name: 'Add my own contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own contact' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Full name')).toBeFocused();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByLabel('Full name')).toHaveAccessibleDescription(/name/i);
  await expectNoAxeViolations(page);

  const name = `Robin Private ${unique()}`;
  await dialog.getByLabel('Full name').fill(name);
  // Checked as it is typed, with the domain's rules.
  await dialog.getByLabel('Email').fill('robin@');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Email').fill('robin@copperline.example');
  await expect(dialog.getByLabel('Email')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Job title').fill('Product Lead');
  await dialog.getByLabel('Company').selectOption({ label: 'Copperline Software' });
  await dialog.getByRole('button', { name: 'Add contact' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Yours, private')).toBeVisible();
  const privateUrl = page.url();

  // The company page lists the people there, the new one included.
  await page.getByRole('link', { name: 'Copperline Software' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Copperline Software' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People at Copperline Software' })).toContainText(
    name,
  );
  await expectNoAxeViolations(page);

  // Do-not-contact: no form, a plain sentence.
  await openSeekerPage(page, 'Contacts');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Owen Park');
  await expect(page.getByRole('status').filter({ hasText: '1 contact matches' })).toBeVisible();
  await page.getByRole('link', { name: 'Owen Park' }).click();
  await expect(page.getByText('Please don’t contact this person')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record my ask' })).toHaveCount(0);

  // Another seeker typing the private contact's address gets the not-found page.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAsSeeker(other, DEMO.otherSeeker);
  await other.goto(privateUrl);
  await expect(other.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(other.getByText(name)).toHaveCount(0);
  await expectNoAxeViolations(other);
  await openSeekerPage(other, 'Contacts');
  await other.getByRole('searchbox', { name: 'Search contacts' }).fill('Robin Private');
  await expect(other.getByRole('heading', { name: 'No contacts match' })).toBeVisible();
  await otherContext.close();
});
