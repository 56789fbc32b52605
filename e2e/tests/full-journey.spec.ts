import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  gql,
  notesState,
  openAsManager,
  openSeekerPage,
  proposeTimes,
  recordAsk,
  reloadFromServer,
  schedulingLinkShown,
  setHiringStatus,
  signInToDashboard,
  signUpAsSeeker,
  unique,
  updateTestDatabase,
} from './support';

// Issue #8 from end to end, as one new seeker lives it: sign up, ask, a no
// through the link, the next person, a yes through the link, preparation,
// meeting mode on a phone, the wrap-up, the thank-you card, and the hiring
// alert when staff mark the company hiring. Every page it visits is scanned
// with axe.

/** The row id behind a GraphQL id (base64url of "Type:uuid"), for the test's own UPDATEs. */
function rowIdOf(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}

/** The token at the end of a reply link, as stored: only its SHA-256 is kept. */
function tokenHashOf(link: string): string {
  return createHash('sha256').update(link.split('/reply/')[1]!).digest('hex');
}

/** What a refused link shows the manager: why, and nothing left to answer with. */
async function expectLinkRefused(page: Page, title: string, reason: RegExp) {
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm this time' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Decline politely' })).toHaveCount(0);
  await expectNoAxeViolations(page);
}

test('one new seeker, from sign-up to the hiring alert, with every page accessible', async ({
  page,
  browser,
  request,
}) => {
  // Four browsers, some twenty axe scans, and two waits on the seeker's page
  // for the manager's answer: about two minutes on a shared two-core machine,
  // past even the tripled 90 seconds of slow, so twice that.
  test.slow();
  test.setTimeout(test.info().timeout * 2);
  const u = unique();
  const company = `Tidewater Instruments ${u}`;
  const first = `Imani Okafor ${u}`;
  const second = `Ravi Desai ${u}`;
  const officeAddress = '410 Harbor Street, Baltimore, MD 21230';

  // The agency's book, set up by staff through the API (their pages have
  // specs of their own): a company nobody else uses, with two people the
  // seeker may ask, so no other spec's asks or hiring changes get in the way.
  await gql(request, 'mutation($input: SignInInput!) { signIn(input: $input) { role } }', {
    input: { email: DEMO.staff, password: DEMO_PASSWORD },
  });
  const { createCompany } = await gql<{ createCompany: { id: string } }>(
    request,
    'mutation($input: CompanyInput!) { createCompany(input: $input) { id } }',
    { input: { name: company, industry: 'Marine instruments', officeAddress } },
  );
  for (const [fullName, title] of [
    [first, 'Head of Product'],
    [second, 'Engineering Manager'],
  ] as const) {
    await gql(request, 'mutation($input: ContactInput!) { createContact(input: $input) { id } }', {
      input: {
        fullName,
        title,
        companyId: createCompany.id,
        email: `${fullName.split(' ')[0]!.toLowerCase()}.${u}@tidewater.example`,
        mailingAddress: officeAddress,
      },
    });
  }

  await test.step('1. sign up as a new seeker', async () => {
    await page.goto('/sign-up');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Create your account' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await signUpAsSeeker(page, 'Casey Journey', 'journey');
    await expect(page.getByRole('heading', { name: 'Nothing waiting' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  let declineLink = '';
  await test.step('2. ask a contact at a company, with times to pick from', async () => {
    await openSeekerPage(page, 'Companies');
    await page.getByRole('searchbox', { name: 'Search companies' }).fill(company);
    const found = page.getByRole('list', { name: 'Companies' }).getByRole('listitem');
    await expect(found).toHaveCount(1);
    await expectNoAxeViolations(page);
    await found.getByRole('link', { name: company }).click();
    await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible();
    const people = page.getByRole('list', { name: `People at ${company}` });
    await expect(people).toContainText(first);
    await expect(people).toContainText(second);
    await expectNoAxeViolations(page);

    await people.getByRole('link', { name: first }).click();
    await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
    await recordAsk(page, first);
    await expect(page.getByText('Waiting for an answer').first()).toBeVisible();
    // A first ask can carry times, so the answer can be a time picked.
    await expect(page.getByRole('heading', { name: 'Offer a few times' })).toBeVisible();
    declineLink = await proposeTimes(page, first);
    await expectNoAxeViolations(page);
  });

  await test.step('3. the manager declines on the public page', async () => {
    const manager = await openAsManager(browser, declineLink);
    await expect(
      manager.page.getByRole('heading', { level: 1, name: 'Casey would like to meet you' }),
    ).toBeVisible();
    // Their page shows this one request: the times, not the seeker's other contacts.
    await expect(
      manager.page.getByRole('group', { name: 'The times offered' }).getByRole('radio'),
    ).toHaveCount(2);
    await expect(manager.page.getByText(first)).toHaveCount(0);
    await expectNoAxeViolations(manager.page);
    await manager.page.getByLabel('A word for them').fill('Not this quarter, but do ask Ravi.');
    await manager.page.getByRole('button', { name: 'Decline politely' }).click();
    await expect(manager.page.getByText('Thank you for letting them know')).toBeVisible();
    await expectNoAxeViolations(manager.page);
    await manager.context.close();

    // The seeker's page picks the answer up by itself.
    await expect(page.getByText('Imani declined the times you offered')).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('“Not this quarter, but do ask Ravi.”')).toBeVisible();
    await expect(page.getByText('Declined', { exact: true }).first()).toBeVisible();
  });

  let expiringLink = '';
  await test.step('4. the next-contact suggestion appears; ask it', async () => {
    // The same company first, and never the one who said no.
    const next = page.getByRole('list', { name: 'People to ask next' });
    await expect(next.getByRole('listitem').first()).toContainText(second);
    await expect(next).not.toContainText(first);
    await expectNoAxeViolations(page);

    await next.getByRole('link', { name: `Ask ${second}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
    await expect(page).toHaveURL(/#ask$/);
    await recordAsk(page, second);
    expiringLink = await proposeTimes(page, second);
    await expectNoAxeViolations(page);
  });

  let acceptLink = '';
  await test.step('an expired link is refused; the seeker makes a new one', async () => {
    // The server's clock cannot be moved: the link's expiry is, in the test's database.
    const changed = await updateTestDatabase(
      'scheduling_links',
      { expires_at: new Date(Date.now() - 60_000) },
      { token_hash: tokenHashOf(expiringLink) },
    );
    expect(changed).toBe(1);
    const manager = await openAsManager(browser, expiringLink);
    await expectLinkRefused(manager.page, 'Link expired', /This link has expired/);
    await manager.context.close();

    await page.getByRole('button', { name: 'Make a new link' }).click();
    // The first link is still on show until the new one replaces it.
    await expect(page.getByRole('textbox', { name: `Link for ${second}` })).not.toHaveValue(
      expiringLink,
    );
    acceptLink = await schedulingLinkShown(page, second);
    await expect(
      page.getByRole('heading', { name: 'Waiting for Ravi to pick a time' }),
    ).toBeVisible();
  });

  let meetingId = '';
  await test.step('5. the manager accepts a proposed time through the link; the seeker sees it', async () => {
    const manager = await openAsManager(browser, acceptLink);
    await expect(
      manager.page.getByRole('heading', { level: 1, name: 'Casey would like to meet you' }),
    ).toBeVisible();
    await expect(manager.page.getByText('20 minutes')).toBeVisible();
    await expectNoAxeViolations(manager.page);
    const times = manager.page.getByRole('group', { name: 'The times offered' });
    await times.getByRole('radio').first().check();
    await manager.page.getByRole('button', { name: 'Confirm this time' }).click();
    await expect(manager.page.getByText('Thank you: the meeting is set')).toBeVisible();
    await expectNoAxeViolations(manager.page);

    // A used link is refused: this one, once answered, and the one declined before.
    await manager.page.reload();
    await expectLinkRefused(manager.page, 'Already answered', /cannot be used again/);
    await manager.page.goto(declineLink);
    await expectLinkRefused(manager.page, 'Already answered', /cannot be used again/);
    await manager.context.close();

    await expect(page.getByText('Your meeting is booked')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('They picked this time through your link.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Open the meeting' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Meeting with ${second}` }),
    ).toBeVisible();
    await expect(page.getByText('Scheduled', { exact: true })).toBeVisible();
    meetingId = /\/meetings\/([^/?#]+)$/.exec(page.url())![1]!;
    await expectNoAxeViolations(page);
  });

  await test.step('6. prepare questions until every category is covered', async () => {
    await page.getByRole('link', { name: 'Prepare your questions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Prepare: ${second}` })).toBeVisible();
    await expect(page.getByText('No questions yet: you have 20 minutes.')).toBeVisible();
    await expectNoAxeViolations(page);

    const questions = page.getByRole('region', { name: 'Your questions' }).getByRole('list');
    const adding = page.getByRole('region', { name: 'Add questions' });
    const categories = ['Company', 'Role', 'Industry', 'Career path', 'Advice', 'Referrals'];
    for (const [index, category] of categories.entries()) {
      await adding.getByRole('tab', { name: new RegExp(`^${category}`) }).click();
      await adding
        .getByRole('tabpanel')
        .getByRole('listitem')
        .getByRole('button', { name: /^Add / })
        .first()
        .click();
      await expect(questions.getByRole('listitem')).toHaveCount(index + 1);
    }
    const summary = page.getByRole('region', { name: 'Coverage and time' });
    await expect(summary.getByText('All bases covered')).toBeVisible();
    await expect(summary.getByText('Every category has a question.')).toBeVisible();
    await expect(summary.getByTestId('time-fit')).toContainText('fits in the 20 minutes agreed');
    await expectNoAxeViolations(page);
  });

  await test.step('7. meeting mode on a phone: tick, write, reload, go offline, lose nothing', async () => {
    // The day comes: the booked time is days ahead, and the server has no
    // clock to move, so the test's database has the meeting begin three minutes ago.
    const changed = await updateTestDatabase(
      'meetings',
      { starts_at: new Date(Date.now() - 3 * 60_000) },
      { id: rowIdOf(decodeURIComponent(meetingId)) },
    );
    expect(changed).toBe(1);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/meetings/${meetingId}`);
    await expect(page.getByRole('heading', { name: 'How did it go?' })).toBeVisible();
    await page.getByRole('link', { name: 'Meeting mode' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: `Meeting with ${second}` }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('timer')).toBeVisible();
    await expect(page.getByText('Agreed end')).toBeVisible();
    const questions = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
    await expect(questions).toHaveCount(6);
    await expect(page.getByText('0 of 6 asked')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await expectNoAxeViolations(page);

    const tick = (n: number) => questions.nth(n).getByRole('checkbox');
    const note = (n: number) => questions.nth(n).getByRole('textbox');
    const freeNotes = page.getByRole('textbox', { name: 'Free notes' });
    await tick(0).check();
    await tick(1).check();
    await expect(page.getByText('2 of 6 asked')).toBeVisible();
    await note(0).pressSequentially('Sensors ship twice a year; software weekly');
    await freeNotes.pressSequentially('Ravi prefers email.');

    // Reload mid-meeting, before the pause that sends them: every word is still there.
    await page.reload();
    await expect(note(0)).toHaveValue('Sensors ship twice a year; software weekly');
    await expect(freeNotes).toHaveValue('Ravi prefers email.');
    await expect(tick(0)).toBeChecked();
    await expect(tick(1)).toBeChecked();
    await expect(notesState(page, 'All notes saved')).toBeVisible();
    // And the server has them.
    await reloadFromServer(page, second);
    await expect(note(0)).toHaveValue('Sensors ship twice a year; software weekly');
    await expect(freeNotes).toHaveValue('Ravi prefers email.');
    await expect(tick(1)).toBeChecked();

    // The network drops: typing goes on, and the page says it is not saved yet.
    await page.context().setOffline(true);
    await freeNotes.press('Control+End');
    await freeNotes.pressSequentially(' Typed with no signal.');
    await tick(2).check();
    await expect(notesState(page, 'Not saved yet — offline, will send when back')).toBeVisible();
    await expectNoAxeViolations(page);

    // Back online: it is sent by itself, and the server has it.
    await page.context().setOffline(false);
    await expect(notesState(page, 'All notes saved')).toBeVisible();
    await reloadFromServer(page, second);
    await expect(freeNotes).toHaveValue('Ravi prefers email. Typed with no signal.');
    await expect(tick(2)).toBeChecked();
    await expect(page.getByText('3 of 6 asked')).toBeVisible();

    await page.getByRole('link', { name: 'Leave meeting mode' }).click();
    await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step('8. add two referrals in the wrap-up', async () => {
    await page.getByRole('link', { name: 'Wrap up' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Wrap up with ${second}` }),
    ).toBeVisible();
    await expect(page.getByText('No names yet.')).toBeVisible();
    await expectNoAxeViolations(page);

    // Keyboard first: Tab from field to field, Enter adds the name.
    const name = page.getByLabel('Their name');
    await name.click();
    await page.keyboard.type('Keiko Tanaka');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Harborview Labs');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Director of Research');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keiko@harborview.example');
    await page.keyboard.press('Enter');
    const names = page.getByRole('list', { name: 'Names from this meeting' });
    await expect(names.getByRole('listitem')).toHaveCount(1);
    await expect(names).toContainText('Director of Research at Harborview Labs');
    await expect(name).toBeFocused();

    await page.keyboard.type('Luis Moreno');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chesapeake Robotics');
    await page.getByLabel('What they said about them').click();
    await page.keyboard.type('Built their first sonar team.');
    await page.keyboard.press('Enter');
    await expect(names.getByRole('listitem')).toHaveCount(2);
    await expect(names.getByRole('listitem').nth(1)).toContainText('Built their first sonar team.');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Mark completed' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Marked completed' });
    await expect(done).toContainText(`Your thank-you card to ${second} is due by`);
    await expectNoAxeViolations(page);
  });

  await test.step('9. mark the thank-you card sent', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Thank-you cards' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thank-you cards' })).toBeVisible();
    const toSend = page.getByRole('list', { name: 'Cards to send, overdue first' });
    const card = toSend.locator(':scope > li').filter({ hasText: second });
    await expect(card.getByLabel('A draft for the card')).toHaveValue(/^Dear Ravi,/);
    await expect(card.locator('address')).toContainText('410 Harbor Street');
    await expectNoAxeViolations(page);

    await card.getByRole('button', { name: 'I mailed the card' }).click();
    await expect(toSend.getByText(second)).toHaveCount(0);
    const sent = page.getByRole('list', { name: 'Thanks sent, latest first' });
    await expect(sent).toContainText(second);
    await expect(sent).toContainText('Handwritten card');
    await expectNoAxeViolations(page);
  });

  await test.step('10. staff mark the company hiring; the seeker sees the alert', async () => {
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signInToDashboard(staff, DEMO.staff);
    await staff.getByRole('searchbox', { name: 'Search by name' }).fill(company);
    await expect(staff.getByRole('combobox', { name: `Hiring status of ${company}` })).toHaveValue(
      'UNKNOWN',
    );
    await expectNoAxeViolations(staff);
    await setHiringStatus(staff, company, 'HIRING', 'Hiring');
    await expectNoAxeViolations(staff);
    await staffContext.close();

    await openSeekerPage(page, 'Dashboard');
    await page.reload();
    const alerts = page.getByRole('region', { name: 'Hiring now where you met someone' });
    await expect(alerts.getByRole('heading', { name: company })).toBeVisible();
    await expect(alerts).toContainText(`You met ${second} there`);
    await expect(alerts.getByRole('link', { name: second })).toBeVisible();
    await expect(alerts).not.toContainText(first);
    await expectNoAxeViolations(page);
  });
});
