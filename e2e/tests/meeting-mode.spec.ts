import { expect, test, type Page } from '@playwright/test';
import {
  DEMO,
  expectNoAxeViolations,
  notesState,
  reloadFromServer,
  signInAsSeeker,
} from './support';

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
  await expect(notesState(page, 'All notes saved')).toBeVisible();
  // The prepared list, the first two already ticked in the demo.
  const questions = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
  await expect(questions).toHaveCount(6);
  const tick = (n: number) => questions.nth(n).getByRole('checkbox');
  const note = (n: number) => questions.nth(n).getByRole('textbox');
  await expect(tick(0)).toBeChecked();
  await expect(tick(1)).toBeChecked();
  await expect(page.getByText('2 of 6 asked')).toBeVisible();
  await expect(note(0)).toHaveValue(/Clinics go live in a week/);
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);

  // Untick and tick; write a note on a question and more free notes, as typed.
  await tick(1).uncheck();
  await expect(page.getByText('1 of 6 asked')).toBeVisible();
  await expect(notesState(page, 'All notes saved')).toBeVisible();
  await tick(1).check();
  await tick(2).check();
  await expect(page.getByText('3 of 6 asked')).toBeVisible();
  await note(2).pressSequentially('Regulation moves slowly; data skills travel well');
  const freeNotes = page.getByRole('textbox', { name: 'Free notes' });
  await freeNotes.press('Control+End');
  await freeNotes.pressSequentially(' Follow up on Tuesday.');

  // Reload mid-meeting, before the pause that sends them: every word is still there.
  await page.reload();
  await expect(note(2)).toHaveValue('Regulation moves slowly; data skills travel well');
  await expect(freeNotes).toHaveValue(/Follow up on Tuesday\.$/);
  await expect(tick(2)).toBeChecked();
  await expect(notesState(page, 'All notes saved')).toBeVisible();
  // And the server has them.
  await reloadFromServer(page, 'Priya Raman');
  await expect(note(2)).toHaveValue('Regulation moves slowly; data skills travel well');
  await expect(freeNotes).toHaveValue(/She prefers email over phone\..*Follow up on Tuesday\.$/s);
  await expect(tick(1)).toBeChecked();
  await expect(tick(2)).toBeChecked();

  // The network drops: typing goes on, the page says it is not saved yet.
  await context.setOffline(true);
  await freeNotes.press('Control+End');
  await freeNotes.pressSequentially(' Typed with no signal.');
  await tick(0).uncheck();
  await expect(notesState(page, 'Not saved yet — offline, will send when back')).toBeVisible();
  await expect(page.getByText('Tick not sent yet')).toBeVisible();
  await expectNoAxeViolations(page);

  // Back online: it is sent by itself, and the server has it.
  await context.setOffline(false);
  await expect(notesState(page, 'All notes saved')).toBeVisible();
  await reloadFromServer(page, 'Priya Raman');
  await expect(freeNotes).toHaveValue(/Follow up on Tuesday\. Typed with no signal\.$/);
  await expect(tick(0)).not.toBeChecked();
  await expect(note(2)).toHaveValue('Regulation moves slowly; data skills travel well');

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
