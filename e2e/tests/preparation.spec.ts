import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, expectNoAxeViolations, gql, signInToDashboard, unique } from './support';

/**
 * A new seeker with one meeting tomorrow, set up through the API in the
 * page's own session (asking and scheduling have pages of their own,
 * tested elsewhere): signed up, the contact asked, a yes, the meeting booked.
 */
async function seekerWithMeeting(page: Page, name: string): Promise<string> {
  const u = unique();
  const account = {
    email: `prep.${u}@example.test`,
    name: `Prep ${u}`,
    password: `Prep-${u}-horse-battery`,
  };
  await gql(page.request, 'mutation($input: SignUpInput!) { signUp(input: $input) }', {
    input: account,
  });
  await gql(page.request, 'mutation($input: SignInInput!) { signIn(input: $input) { role } }', {
    input: { email: account.email, password: account.password },
  });
  const { createContact } = await gql<{ createContact: { id: string } }>(
    page.request,
    'mutation($input: ContactInput!) { createContact(input: $input) { id } }',
    { input: { fullName: name, title: 'Engineering manager' } },
  );
  const { recordAsk } = await gql<{ recordAsk: { id: string } }>(
    page.request,
    'mutation($input: RecordAskInput!) { recordAsk(input: $input) { id } }',
    { input: { contactId: createContact.id, channel: 'PHONE' } },
  );
  await gql(
    page.request,
    'mutation($id: ID!) { recordAskOutcome(id: $id, status: ACCEPTED) { id } }',
    {
      id: recordAsk.id,
    },
  );
  const { scheduleMeeting } = await gql<{ scheduleMeeting: { id: string } }>(
    page.request,
    'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
    {
      input: {
        askId: recordAsk.id,
        startsAt: new Date(Date.now() + 26 * 3_600_000).toISOString(),
        timeZone: 'America/Chicago',
      },
    },
  );
  return scheduleMeeting.id;
}

/** The texts of a list's items, in order. */
async function textsOf(list: Locator): Promise<string[]> {
  return list.locator(':scope > li .plan-question__text').allInnerTexts();
}

test('staff add a question to the bank, check it as they type, move it by keyboard and retire it', async ({
  page,
}) => {
  const u = unique();
  await signInToDashboard(page, DEMO.staff);
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Question bank' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
  const role = page.getByRole('region', { name: /^Role/ });
  await expect(role.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const add = page.getByRole('region', { name: 'Add a question' });
  const question = add.getByLabel('Question');
  await add.getByRole('button', { name: 'Add to the bank' }).click();
  await expect(question).toHaveAttribute('aria-invalid', 'true');
  await expect(question).toBeFocused();
  await expectNoAxeViolations(page);
  const text = `Which tools does your team rely on every day (${u})?`;
  await question.fill(text);
  await expect(question).not.toHaveAttribute('aria-invalid', 'true');
  await add.getByLabel('About').selectOption('ROLE');
  await add.getByRole('button', { name: 'Add to the bank' }).click();
  await expect(question).toHaveValue('');

  const list = role.getByRole('list').first();
  await expect(list.getByRole('listitem').last()).toContainText(text);
  const before = await list.getByRole('listitem').count();

  // Up by keyboard: focus stays on the moved question's button, so Enter keeps moving it.
  await role.getByRole('button', { name: `Move up: ${text}` }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem').nth(before - 2)).toContainText(text);
  await expect(role.getByRole('button', { name: `Move up: ${text}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem').nth(before - 3)).toContainText(text);
  await page.reload();
  await expect(list.getByRole('listitem').nth(before - 3)).toContainText(text);

  await role.getByRole('button', { name: `Retire ${text}` }).click();
  await expect(list.getByText(text)).toHaveCount(0);
  await role.getByText('Retired role questions (1)').click();
  await expect(role.getByRole('button', { name: `Restore ${text}` })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a seeker builds a question list from the bank and their own words, reorders it by keyboard, covers every base and ticks the checklist', async ({
  page,
}) => {
  const person = `Dana Whitfield ${unique()}`;
  const meetingId = await seekerWithMeeting(page, person);
  await page.goto(`/meetings/${meetingId}/prepare`);
  await expect(page.getByRole('heading', { level: 1, name: `Prepare: ${person}` })).toBeVisible();
  await expect(page.getByText('No questions yet: you have 20 minutes.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the meeting' })).toHaveAttribute(
    'href',
    `/meetings/${meetingId}`,
  );
  await expectNoAxeViolations(page);

  const questions = page.getByRole('region', { name: 'Your questions' }).getByRole('list');
  const adding = page.getByRole('region', { name: 'Add questions' });
  const picked: string[] = [];
  for (const category of ['Company', 'Industry', 'Career path', 'Advice', 'Referrals']) {
    await adding.getByRole('tab', { name: new RegExp(`^${category}`) }).click();
    const choice = adding
      .getByRole('tabpanel')
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: /^Add / }) })
      .first();
    picked.push(await choice.locator('.bank-choice__text').innerText());
    await choice.getByRole('button', { name: /^Add / }).click();
    await expect(questions.getByRole('listitem')).toHaveCount(picked.length);
  }
  await expect(page.getByText('Still missing: role.')).toBeVisible();

  // The seeker's own words, checked as they type.
  const own = 'What surprised you most when you joined this team?';
  await adding.getByLabel('About').selectOption('ROLE');
  await adding.getByRole('button', { name: 'Add to my list' }).click();
  await expect(adding.getByLabel('Your question')).toHaveAttribute('aria-invalid', 'true');
  await adding.getByLabel('Your question').fill(own);
  await expect(adding.getByLabel('Your question')).not.toHaveAttribute('aria-invalid', 'true');
  await adding.getByRole('button', { name: 'Add to my list' }).click();
  await expect(questions.getByRole('listitem')).toHaveCount(6);
  expect(await textsOf(questions)).toEqual([...picked, own]);

  // Four presses of Enter on Up take it from sixth to second place.
  await page.getByRole('button', { name: `Move up: ${own}` }).focus();
  for (let press = 0; press < 4; press++) await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Move up: ${own}` })).toBeFocused();
  await expect(questions.getByRole('listitem').nth(1)).toContainText(own);
  const ordered = [picked[0], own, ...picked.slice(1)];
  await expect.poll(() => textsOf(questions)).toEqual(ordered);

  const summary = page.getByRole('region', { name: 'Coverage and time' });
  await expect(summary.getByText('All bases covered')).toBeVisible();
  await expect(summary.getByText('Every category has a question.')).toBeVisible();
  await expect(summary.getByTestId('time-fit')).toHaveText(
    '6 questions, about 15 minutes: fits in the 20 minutes agreed.',
  );

  const checklist = page.getByRole('region', { name: 'Before you go' });
  await checklist.getByLabel('Dress as you would for a job interview.').check();
  await checklist.getByLabel('Arrive a few minutes early.').check();
  await expect(checklist.getByText('2 of 5 done.')).toBeVisible();
  await expectNoAxeViolations(page);

  // All of it was saved.
  await page.reload();
  await expect.poll(() => textsOf(questions)).toEqual(ordered);
  await expect(checklist.getByLabel('Arrive a few minutes early.')).toBeChecked();
  await expect(checklist.getByText('2 of 5 done.')).toBeVisible();
});

test("another seeker's meeting is the not-found page", async ({ browser, page }) => {
  const meetingId = await seekerWithMeeting(page, `Rowan Pike ${unique()}`);
  const stranger = await browser.newPage();
  await stranger.goto('/sign-in');
  await stranger.getByLabel('Email').fill(DEMO.otherSeeker);
  await stranger.getByLabel('Password').fill('rapport-demo-2026');
  await stranger.getByRole('button', { name: 'Sign in' }).click();
  await expect(stranger.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await stranger.goto(`/meetings/${meetingId}/prepare`);
  await expect(stranger.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
  await stranger.close();
});
