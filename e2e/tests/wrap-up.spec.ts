import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInAsSeeker } from './support';

/** The id of Jordan's demo meeting with Noah Patel, which ended just before the server started. */
async function noahsMeetingId(page: Page): Promise<string> {
  const response = await page.request.post('/graphql', {
    data: { query: '{ myMeetings(first: 50) { edges { node { id contact { fullName } } } } }' },
  });
  const body = (await response.json()) as {
    data: { myMeetings: { edges: { node: { id: string; contact: { fullName: string } } }[] } };
  };
  const meeting = body.data.myMeetings.edges.find(
    (edge) => edge.node.contact.fullName === 'Noah Patel',
  );
  expect(meeting, 'the demo meeting waiting for its wrap-up').toBeTruthy();
  return meeting!.node.id;
}

test('wrap-up: two names by keyboard, the meeting completed, a follow-up asked and the card sent', async ({
  page,
}) => {
  // One journey across four pages, with axe on each: longer than the default.
  test.slow();
  await signInAsSeeker(page);
  // The dashboard shows what is due after earlier meetings.
  const followUpsDue = page.getByRole('region', { name: 'Follow-ups due' });
  await expect(followUpsDue.getByText('Nadia Brooks')).toBeVisible();
  await expect(followUpsDue.getByText('1 person to contact, 1 overdue.')).toBeVisible();
  const cardsDue = page.getByRole('region', { name: 'Thank-you cards' });
  await expect(cardsDue.getByText('Lucía Fernández')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/meetings/${await noahsMeetingId(page)}/wrap-up`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wrap up with Noah Patel' }),
  ).toBeVisible();
  await expect(page.getByText('No names yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The domain's rule, before anything is sent: a name alone cannot be followed up.
  const name = page.getByLabel('Their name');
  await name.click();
  await page.keyboard.type('Priya Shah');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Company')).toHaveAccessibleDescription(
    /Add where they work or how to reach them/,
  );

  // First name: Tab from field to field, Enter adds it.
  await page.getByLabel('Company').click();
  await page.keyboard.type('Globex Partners');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Director of Data');
  await page.keyboard.press('Tab');
  await page.keyboard.type('priya@globex.example');
  await page.keyboard.press('Enter');
  const names = page.getByRole('list', { name: 'Names from this meeting' });
  await expect(names.getByRole('listitem')).toHaveCount(1);
  await expect(names).toContainText('Priya Shah');
  await expect(names).toContainText('Director of Data at Globex Partners');
  await expect(page.getByText('Added Priya Shah.')).toBeVisible();
  // The cursor is back on the first field, which is empty again, for the next name.
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('');

  // Second name: a company we know, and what they said, sent with Enter from the note.
  await page.keyboard.type('Omar Reyes');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Granite Bay Builders');
  await page.getByLabel('What they said about them').click();
  await page.keyboard.type('Runs the estimating team.');
  await page.keyboard.press('Enter');
  await expect(names.getByRole('listitem')).toHaveCount(2);
  await expect(names.getByRole('listitem').nth(1)).toContainText('Runs the estimating team.');
  await expect(name).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Mark completed' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Marked completed' });
  await expect(done).toBeVisible();
  await expect(done).toContainText('Your thank-you card to Noah Patel is due by');
  await expectNoAxeViolations(page);

  // Follow-ups: overdue first, then today's two names.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Follow-ups' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  const followUps = page.getByRole('list', { name: 'People to follow up, overdue first' });
  const items = followUps.locator(':scope > li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Nadia Brooks');
  await expect(items.nth(0)).toContainText('Overdue');
  await expect(items.nth(1)).toContainText('Priya Shah');
  await expect(items.nth(1)).toContainText('Due today');
  await expect(items.nth(2)).toContainText('Omar Reyes');
  await expectNoAxeViolations(page);

  // "Ask now" makes the ask in one step and opens it on the contact's page.
  const priya = items.nth(1);
  await priya.getByLabel('How to ask Priya Shah').selectOption('EMAIL');
  await priya.getByRole('button', { name: 'Ask now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Shah' })).toBeVisible();
  await expect(page.getByText('You asked Priya Shah by email on')).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Follow-ups' })
    .click();
  await expect(items).toHaveCount(2);
  await expect(followUps).not.toContainText('Priya Shah');

  // Thank-you cards: the overdue one first, then Noah's, with a draft and an address.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Thank-you cards' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank-you cards' })).toBeVisible();
  const toSend = page.getByRole('list', { name: 'Cards to send, overdue first' });
  const cards = toSend.locator(':scope > li');
  await expect(cards.first()).toContainText('Lucía Fernández');
  await expect(cards.first()).toContainText('Overdue');
  await expect(cards.first()).toContainText(/It was due \w{3}, \w{3} \d{1,2}: send it today\./);
  const noah = cards.filter({ hasText: 'Noah Patel' });
  await expect(noah.getByLabel('A draft for the card')).toHaveValue(/^Dear Noah,/);
  await expect(noah.getByRole('group', { name: 'Send it as' })).toBeVisible();
  await expect(noah.locator('address')).toContainText('14 Quarry Road');
  await expectNoAxeViolations(page);

  await noah.getByRole('button', { name: 'I mailed the card' }).click();
  await expect(toSend).not.toContainText('Noah Patel');
  const sent = page.getByRole('list', { name: 'Thanks sent, latest first' });
  await expect(sent).toContainText('Noah Patel');
  await expect(sent).toContainText('Handwritten card');
  await expectNoAxeViolations(page);

  // The new name is a way in at once: My network finds a path through Omar
  // into Granite Bay Builders, a company Jordan has not asked anyone at.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My network' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'My network' })).toBeVisible();
  await page.getByLabel('Find another company').fill('Granite Bay');
  await expect(page.getByText('1 match added to the Company list.')).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Company' })
    .selectOption({ label: 'Granite Bay Builders' });
  const granite = page.getByRole('list', { name: 'Your best paths into Granite Bay Builders' });
  await expect(granite).toContainText(
    'Noah Patel suggested talking to Omar Reyes at Granite Bay Builders',
  );
  await expectNoAxeViolations(page);
});
