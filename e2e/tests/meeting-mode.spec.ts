import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectNoAxeViolations, signInAsSeeker } from './support';

// Meeting mode is used on a phone, in the meeting.
test.use({ viewport: { width: 375, height: 740 } });

/** The id of the demo seeker's meeting today (with Priya Raman), as the API names it. */
async function todaysMeetingId(page: Page): Promise<string> {
  const answer = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ myMeetings(first: 20) { edges { node { id contact { fullName } } } } }',
      }),
    });
    return (await response.json()) as {
      data: { myMeetings: { edges: { node: { id: string; contact: { fullName: string } } }[] } };
    };
  });
  const meeting = answer.data.myMeetings.edges.find(
    (edge) => edge.node.contact.fullName === 'Priya Raman',
  );
  if (!meeting) throw new Error('The demo data has no meeting with Priya Raman today.');
  return meeting.node.id;
}

const status = (page: Page, text: string) => page.getByText(text, { exact: true }).first();

/** Reloads with the device's copy removed, so what shows is what the server holds. */
async function reloadFromServer(page: Page) {
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Meeting with Priya Raman' }),
  ).toBeVisible();
}

test('meeting mode on a phone: tick, write, reload, lose the network, and lose nothing', async ({
  page,
  context,
}) => {
  await signInAsSeeker(page, DEMO.seeker);
  const meetingId = await todaysMeetingId(page);
  await page.goto(`/meetings/${meetingId}/live`);

  // Full screen: no main navigation, a clear way back, the clock and the demo's saved notes.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Meeting with Priya Raman' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Leave meeting mode' })).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText('Agreed end')).toBeVisible();
  await expect(status(page, 'All notes saved')).toBeVisible();
  const firstQuestion = page.getByRole('checkbox', {
    name: 'Where is the team putting its effort this year?',
  });
  const secondQuestion = page.getByRole('checkbox', {
    name: 'What did your path into this role look like?',
  });
  await expect(firstQuestion).toBeChecked();
  await expect(page.getByText('2 of 2 asked')).toBeVisible();
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);

  // Untick and tick; write a note on a question and more free notes, as typed.
  await secondQuestion.uncheck();
  await expect(page.getByText('1 of 2 asked')).toBeVisible();
  await expect(status(page, 'All notes saved')).toBeVisible();
  await secondQuestion.check();
  const pathNote = page.getByRole('textbox', {
    name: 'Note on: What did your path into this role look like?',
  });
  await pathNote.pressSequentially('Started on the support desk');
  const freeNotes = page.getByRole('textbox', { name: 'Free notes' });
  await freeNotes.press('Control+End');
  await freeNotes.pressSequentially(' Follow up on Tuesday.');

  // Reload mid-meeting, before the pause that sends them: every word is still there.
  await page.reload();
  await expect(pathNote).toHaveValue('Started on the support desk');
  await expect(freeNotes).toHaveValue(/Follow up on Tuesday\.$/);
  await expect(secondQuestion).toBeChecked();
  await expect(status(page, 'All notes saved')).toBeVisible();
  // And the server has them.
  await reloadFromServer(page);
  await expect(pathNote).toHaveValue('Started on the support desk');
  await expect(freeNotes).toHaveValue(/She prefers email over phone\..*Follow up on Tuesday\.$/s);
  await expect(secondQuestion).toBeChecked();

  // The network drops: typing goes on, the page says it is not saved yet.
  await context.setOffline(true);
  await freeNotes.press('Control+End');
  await freeNotes.pressSequentially(' Typed with no signal.');
  await firstQuestion.uncheck();
  await expect(status(page, 'Not saved yet — offline, will send when back')).toBeVisible();
  await expect(page.getByText('Tick not sent yet')).toBeVisible();
  await expectNoAxeViolations(page);

  // Back online: it is sent by itself, and the server has it.
  await context.setOffline(false);
  await expect(status(page, 'All notes saved')).toBeVisible();
  await reloadFromServer(page);
  await expect(freeNotes).toHaveValue(/Follow up on Tuesday\. Typed with no signal\.$/);
  await expect(firstQuestion).not.toBeChecked();
  await expect(pathNote).toHaveValue('Started on the support desk');

  // The way back leads out of meeting mode.
  await page.getByRole('link', { name: 'Leave meeting mode' }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
});

test("another seeker's meeting mode is the not-found page", async ({ page }) => {
  await signInAsSeeker(page, DEMO.seeker);
  const meetingId = await todaysMeetingId(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAsSeeker(page, DEMO.otherSeeker);
  await page.goto(`/meetings/${meetingId}/live`);
  await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
});
