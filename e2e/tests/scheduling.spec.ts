import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  nextWeekdays,
  OFFICE_ZONE,
  openAsManager,
  proposeTimes,
  recordAsk,
  signUpAsSeeker,
  unique,
} from './support';

/**
 * A private contact of the seeker's own, so the agency's ask limit on the
 * shared demo contacts never stands in the way; lands on its page.
 */
async function addContact(page: Page, fullName: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await page.getByRole('button', { name: 'Add my own contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own contact' });
  await dialog.getByLabel('Full name').fill(fullName);
  await dialog.getByLabel('Job title').fill('Plant Manager');
  await dialog.getByLabel('Company').selectOption({ label: 'Copperline Software' });
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
}

/** A new contact of the seeker's own, asked, who said yes on the phone. */
async function contactWhoSaidYes(page: Page, fullName: string) {
  await addContact(page, fullName);
  await recordAsk(page, fullName);
  await page
    .getByRole('group', { name: 'Record the answer' })
    .getByRole('button', { name: 'They said yes' })
    .click();
  await expect(page.getByText('Accepted', { exact: true }).first()).toBeVisible();
}

// Each journey runs two browsers through several pages; on a shared machine that
// takes longer than the default 30 seconds.
test.slow();

test('a seeker offers times, the manager picks one through the link, and the link cannot be used again', async ({
  page,
  browser,
}) => {
  await signUpAsSeeker(page, 'Morgan Planner', 'scheduler');
  const contact = `Quinn Hale ${unique()}`;
  await contactWhoSaidYes(page, contact);

  // An accepted ask can be booked directly or through a link.
  const choices = page.getByRole('tablist', { name: 'How to set the time' });
  await expect(choices.getByRole('tab', { name: 'Schedule' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await choices.getByRole('tab', { name: 'Propose times' }).click();
  // The domain's rules answer as the form is used: an empty time is named.
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.getByLabel('Time 1')).toHaveAccessibleDescription(/Choose a date and time/);
  const link = await proposeTimes(page, contact);
  await expectNoAxeViolations(page);

  // The manager, in a browser of their own, sees this one request and picks a time.
  const manager = await openAsManager(browser, link);
  await expect(
    manager.page.getByRole('heading', { level: 1, name: 'Morgan would like to meet you' }),
  ).toBeVisible();
  await expect(manager.page.getByText('20 minutes')).toBeVisible();
  await expect(manager.page.getByText(contact)).toHaveCount(0);
  await expectNoAxeViolations(manager.page);
  const times = manager.page.getByRole('group', { name: 'The times offered' });
  await expect(times.getByRole('radio')).toHaveCount(2);
  await times.getByRole('radio').first().check();
  await manager.page.getByRole('button', { name: 'Confirm this time' }).click();
  await expect(manager.page.getByText('Thank you: the meeting is set')).toBeVisible();
  await expectNoAxeViolations(manager.page);

  // The link answers once.
  await manager.page.reload();
  await expect(manager.page.getByText('Already answered')).toBeVisible();
  await expect(manager.page.getByText('cannot be used again')).toBeVisible();
  await expect(manager.page.getByRole('button', { name: 'Confirm this time' })).toHaveCount(0);
  await expectNoAxeViolations(manager.page);
  await manager.context.close();

  // The seeker sees the answer without doing anything.
  await expect(page.getByText('Your meeting is booked')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('They picked this time through your link.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Meeting with ${contact}` }),
  ).toBeVisible();
  await expect(page.getByText('Scheduled', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prepare your questions' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meeting mode' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wrap up' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The meetings list has it coming up.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coming up' })).toContainText(contact);
  await expect(page.getByRole('heading', { name: 'No past meetings yet' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a seeker books a time agreed on the phone, moves it, downloads the invitation and cancels; a manager declines a link', async ({
  page,
  browser,
}) => {
  await signUpAsSeeker(page, 'Robin Direct', 'scheduler');
  const contact = `Avery Stone ${unique()}`;
  await contactWhoSaidYes(page, contact);

  const [day, later] = nextWeekdays(2);
  const form = page.getByRole('form', { name: 'Schedule the meeting' });
  await form.getByRole('button', { name: 'Book the meeting' }).click();
  await expect(form.getByLabel('Date')).toHaveAccessibleDescription(/Choose the date/);
  await form.getByLabel('Date').fill(day!);
  await form.getByLabel('Time', { exact: true }).fill('09:30');
  await form.getByLabel('Time zone').selectOption(OFFICE_ZONE);
  await expect(form.getByLabel('Length in minutes')).toHaveValue('20');
  // Longer than promised is refused as it is typed.
  await form.getByLabel('Length in minutes').fill('45');
  await expect(form.getByLabel('Length in minutes')).toHaveAccessibleDescription(
    /20 minutes at most/,
  );
  await form.getByLabel('Length in minutes').fill('15');
  await form.getByRole('radio', { name: 'Over coffee' }).check();
  await expect(form.getByText('You pay.')).toBeVisible();
  await expect(form.getByText(/plan on about \$\d+\.\d\d/)).toBeVisible();
  await form.getByLabel('Place details').fill('Corner Café, Main St');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Book the meeting' }).click();
  await expect(page.getByText('Your meeting is booked')).toBeVisible();
  await page.getByRole('link', { name: 'Open the meeting' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: `Meeting with ${contact}` }),
  ).toBeVisible();
  await expect(page.getByText('15 minutes')).toBeVisible();
  await expect(page.getByText('Over coffee: Corner Café, Main St')).toBeVisible();
  await expect(page.getByText('You pay.')).toBeVisible();

  // The calendar file, from a well-kept library, for the seeker's calendar.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the invitation (.ics)' }).click();
  const file = await readFile((await (await download).path())!, 'utf8');
  expect(file).toContain('BEGIN:VCALENDAR');
  expect(file).toContain('BEGIN:VEVENT');
  expect(file).toContain('Corner Café');

  // Moving keeps the history.
  await page.getByRole('button', { name: 'Reschedule' }).click();
  const move = page.getByRole('form', { name: 'Reschedule' });
  await move.getByLabel('New date').fill(later!);
  await move.getByLabel('Why it moved').fill('Their flight moved.');
  await move.getByRole('button', { name: 'Move the meeting' }).click();
  const history = page.getByRole('region', { name: 'Moves' });
  await expect(history).toContainText('Their flight moved.');
  await expectNoAxeViolations(page);

  // Cancelling asks first, and keeps the meeting on record.
  await page.getByRole('button', { name: 'Cancel the meeting' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this meeting?' });
  await expect(confirm.getByRole('button', { name: 'Keep the meeting' })).toBeFocused();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reschedule' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await expect(page.getByRole('list', { name: 'Past meetings' })).toContainText(contact);

  // An ask still waiting for an answer can carry times; the manager declines politely.
  const second = `Jules Marsh ${unique()}`;
  await addContact(page, second);
  await recordAsk(page, second);
  await expect(page.getByRole('heading', { name: 'Offer a few times' })).toBeVisible();
  const link = await proposeTimes(page, second);
  const manager = await openAsManager(browser, link);
  await expect(
    manager.page.getByRole('heading', { level: 1, name: 'Robin would like to meet you' }),
  ).toBeVisible();
  await manager.page.getByLabel('A word for them').fill('Not this quarter, sorry.');
  await manager.page.getByRole('button', { name: 'Decline politely' }).click();
  await expect(manager.page.getByText('Thank you for letting them know')).toBeVisible();
  await expectNoAxeViolations(manager.page);
  await manager.context.close();

  await expect(page.getByText(/declined the times you offered/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('“Not this quarter, sorry.”')).toBeVisible();
  await page.reload();
  // The ask itself is recorded as declined, with their word in its history.
  await expect(page.getByText('Declined', { exact: true }).first()).toBeVisible();
  await expect(
    page.getByText('Declined through your scheduling link: “Not this quarter, sorry.”'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
