import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, unique } from './support';

// The times are offered on a New York clock, inside its office hours.
const ZONE = 'America/New_York';

/** The next weekdays in New York, at least two days ahead, as "2026-04-02". */
function nextWeekdays(count: number): string[] {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
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

/** A new seeker (so no earlier ask stands in the way), on their dashboard. */
async function signUp(page: Page, name: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(`scheduler-${unique()}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
}

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

async function recordAsk(page: Page, fullName: string) {
  await page.getByRole('radio', { name: 'Email' }).check();
  await page.getByRole('button', { name: 'Record my ask' }).click();
  await expect(page.getByText(`You asked ${fullName} by email on`)).toBeVisible();
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

/** Offers two times through a link and returns the link as the seeker would copy it. */
async function proposeTimes(page: Page, fullName: string): Promise<string> {
  const [first, second] = nextWeekdays(2);
  const form = page.getByRole('form', { name: 'Propose times' });
  await form.getByLabel('Their time zone').selectOption(ZONE);
  await form.getByLabel('Time 1').fill(`${first}T10:00`);
  await form.getByRole('button', { name: 'Add another time' }).click();
  await form.getByLabel('Time 2').fill(`${second}T14:30`);
  await form.getByRole('button', { name: 'Make the link' }).click();
  const field = page.getByRole('textbox', { name: `Link for ${fullName}` });
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toMatch(/\/reply\/[A-Za-z0-9_-]{43}$/);
  // The sentence to paste carries the same link and the times on their clock.
  const sentence = page.locator('.scheduling-link__message');
  await expect(sentence).toContainText(link);
  await expect(sentence).toContainText('(America/New_York time)');
  await expect(page.getByRole('button', { name: 'Copy the email sentence' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Waiting for \w+ to pick a time/ })).toBeVisible();
  return link;
}

// Each journey runs two browsers through several pages; on a shared machine that
// takes longer than the default 30 seconds.
test.slow();

/** The manager's browser: no account, no cookies. */
async function openAsManager(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

test('a seeker offers times, the manager picks one through the link, and the link cannot be used again', async ({
  page,
  browser,
}) => {
  await signUp(page, 'Morgan Planner');
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
  await signUp(page, 'Robin Direct');
  const contact = `Avery Stone ${unique()}`;
  await contactWhoSaidYes(page, contact);

  const [day, later] = nextWeekdays(2);
  const form = page.getByRole('form', { name: 'Schedule the meeting' });
  await form.getByRole('button', { name: 'Book the meeting' }).click();
  await expect(form.getByLabel('Date')).toHaveAccessibleDescription(/Choose the date/);
  await form.getByLabel('Date').fill(day!);
  await form.getByLabel('Time', { exact: true }).fill('09:30');
  await form.getByLabel('Time zone').selectOption(ZONE);
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
