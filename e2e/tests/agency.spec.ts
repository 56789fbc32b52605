import { expect, test, type Page } from '@playwright/test';
import {
  DEMO,
  expectNoAxeViolations,
  setHiringStatus,
  signInAsSeeker,
  signInToDashboard,
  unique,
} from './support';

// The demo data has Jordan's completed meeting with Sam Rivera at Copperline
// Software, which turned to hiring the day after (an open alert), an
// answered question from Jordan and an open one from Riley, and a scheduled
// meeting with Marcus Lee.

// Each journey is two people in two browsers over several pages, with axe
// on each: more than the default 30 seconds on a busy machine.
test.slow();

async function openDashboardPage(page: Page, link: string, heading: string) {
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: link })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('staff mark a company hiring and the seeker who met someone there sees the alert', async ({
  page,
  browser,
}) => {
  await signInAsSeeker(page);
  const alerts = page.getByRole('region', { name: 'Hiring now where you met someone' });
  await expect(alerts.getByRole('heading', { name: 'Copperline Software' })).toBeVisible();
  await expect(alerts).toContainText('You met Sam Rivera there');
  await expectNoAxeViolations(page);
  // Dealt with: it leaves the dashboard, and stays away after a reload.
  await alerts.getByRole('button', { name: 'Done with the Copperline Software alert' }).click();
  await expect(alerts).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hiring now where you met someone' })).toBeHidden();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInToDashboard(staff, DEMO.staff);
  await staff.getByRole('searchbox', { name: 'Search by name' }).fill('Copperline');
  await setHiringStatus(staff, 'Copperline Software', 'NOT_HIRING', 'Not hiring');
  await setHiringStatus(staff, 'Copperline Software', 'HIRING', 'Hiring');

  await openDashboardPage(staff, 'Warm candidates', 'Warm candidates');
  const copperline = staff.getByRole('region', { name: 'Copperline Software' });
  await expect(copperline.getByRole('rowheader', { name: 'Jordan Seeker' })).toBeVisible();
  // Jordan met Sam Rivera, who came to him as a referral: Jordan's own contact,
  // so staff read that it was one of his own contacts, not the name.
  await expect(copperline.getByRole('row', { name: /Jordan Seeker/ })).toContainText(
    'One of their own contacts',
  );
  await expectNoAxeViolations(staff);
  await staffContext.close();

  await page.reload();
  const renewed = page.getByRole('region', { name: 'Hiring now where you met someone' });
  await expect(renewed.getByRole('heading', { name: 'Copperline Software' })).toBeVisible();
  await expect(renewed.getByRole('link', { name: 'Sam Rivera' })).toBeVisible();
});

test('a seeker asks the experts, staff answer in the inbox and the seeker reads the answer', async ({
  page,
  browser,
}) => {
  const question = `Should I bring a printed résumé to the meeting? (${unique()})`;
  await signInAsSeeker(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Ask the experts' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask the experts' })).toBeVisible();
  await expect(page.getByText('Mention Sam in your first sentence')).toBeVisible();
  await expectNoAxeViolations(page);

  const field = page.getByRole('textbox', { name: 'Your question' });
  await page.getByRole('button', { name: 'Send to the experts' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Your question is required/);
  await expect(field).toBeFocused();
  await expectNoAxeViolations(page);
  await field.fill(question);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  const about = page.getByLabel('About a meeting');
  const marcus = await about.locator('option', { hasText: 'Marcus Lee' }).textContent();
  await about.selectOption({ label: marcus ?? '' });
  await page.getByRole('button', { name: 'Send to the experts' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your question is on its way' }),
  ).toBeVisible();
  const mine = page.getByRole('article', { name: question });
  await expect(mine).toContainText('Waiting for an answer');
  await expect(mine).toContainText('about your meeting with Marcus Lee');
  await expect(field).toHaveValue('');

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInToDashboard(staff, DEMO.staff);
  const expertsLink = staff
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: /^Experts/ });
  await expect(expertsLink).toHaveAccessibleName(/^Experts \(\d+ unanswered\)$/);
  const before = Number(/(\d+) unanswered/.exec((await expertsLink.textContent()) ?? '')?.[1]);
  expect(before).toBeGreaterThanOrEqual(1);
  await expertsLink.click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Experts inbox' })).toBeVisible();
  const card = staff.getByRole('article', { name: question });
  await expect(card).toContainText('Jordan Seeker asked on');
  await expect(card).toContainText('about their meeting with Marcus Lee');
  await expectNoAxeViolations(staff);

  const answer = card.getByLabel('Answer to Jordan Seeker');
  await card.getByRole('button', { name: 'Send answer' }).click();
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(answer).toHaveAccessibleDescription(/The answer is required/);
  await answer.fill('Yes: one clean copy, offered only if they ask. The meeting is for advice.');
  await card.getByRole('button', { name: 'Send answer' }).click();
  await expect(
    staff.getByRole('status').filter({ hasText: 'Your answer was sent to Jordan Seeker.' }),
  ).toBeAttached();
  const answered = staff
    .getByRole('region', { name: 'Answered' })
    .getByRole('article', { name: question });
  await expect(answered).toContainText('Answered by Sam Staff');
  const after = before - 1;
  if (after === 0) await expect(expertsLink).toHaveAccessibleName('Experts');
  else {
    await expect(expertsLink).toHaveAccessibleName(`Experts (${after} unanswered)`);
  }
  await staffContext.close();

  await page.reload();
  const seen = page.getByRole('article', { name: question });
  await expect(seen).toContainText('Answered');
  await expect(seen).toContainText('one clean copy, offered only if they ask');
  await expect(seen).toContainText('Sam Staff');
});

test("staff open a seeker's page and leave a coach comment the seeker then sees", async ({
  page,
  browser,
}) => {
  const comment = `Open with why you chose logistics; Marcus likes a story (${unique()}).`;
  await signInToDashboard(page, DEMO.staff);
  await openDashboardPage(page, 'Seekers', 'Seekers');
  await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('jordan@rapport');
  await expect(page.getByRole('status').filter({ hasText: '1 seeker matches.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Jordan Seeker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Seeker' })).toBeVisible();

  const meetings = page.getByRole('region', { name: 'Meetings' });
  await expect(meetings.getByRole('heading', { name: /Marcus Lee/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Asks' }).getByRole('table')).toContainText(
    'Sam Rivera',
  );
  await expect(page.getByRole('region', { name: 'Hiring alerts' })).toContainText(
    'Copperline Software',
  );
  await expect(page.getByRole('region', { name: 'Questions to the experts' })).toContainText(
    'Should I mention Sam',
  );
  await page.getByText('Coach review of the meeting with Marcus Lee').click();
  const onQuestions = meetings.getByRole('region', { name: 'The question list' });
  // The demo's comment, written by Sam Staff: theirs to change.
  await expect(onQuestions).toContainText('Good start.');
  const field = onQuestions.getByLabel('Comment on the question list');
  await onQuestions.getByRole('button', { name: 'Add comment' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/The comment is required/);
  await expectNoAxeViolations(page);
  await field.fill(comment);
  await onQuestions.getByRole('button', { name: 'Add comment' }).click();
  await expect(onQuestions.getByRole('listitem').filter({ hasText: comment })).toContainText('You');
  await expect(field).toHaveValue('');

  const seekerContext = await browser.newContext();
  const seeker = await seekerContext.newPage();
  await signInAsSeeker(seeker, DEMO.seeker);
  const marcus = seeker.getByRole('listitem').filter({
    has: seeker.getByRole('heading', { name: 'Marcus Lee' }),
  });
  await expect(marcus).toContainText(comment);
  await expect(marcus.getByRole('heading', { name: 'From your coach' })).toBeVisible();
  await expectNoAxeViolations(seeker);
  await seekerContext.close();
});
