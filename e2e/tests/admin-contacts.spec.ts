import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, signInToDashboard, unique } from './support';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A GraphQL call with the session cookies of `request` (a page's, or a seeker's own context). */
async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer<T>> {
  const response = await request.post('/graphql', { data: { query, variables } });
  return (await response.json()) as GraphQLAnswer<T>;
}

const CREATE_CONTACT = `mutation($input: ContactInput!) { createContact(input: $input) { id fullName } }`;
const RECORD_ASK = `mutation($input: RecordAskInput!) { recordAsk(input: $input) { id status } }`;
const ASK_OUTCOME = `mutation($id: ID!, $status: AskStatus!, $note: String) {
  recordAskOutcome(id: $id, status: $status, note: $note) { id status }
}`;

/** A contact added by staff through the API, to set the scene quickly. */
async function staffCreatesContact(page: Page, input: Record<string, unknown>) {
  const answer = await gql<{ createContact: { id: string } }>(page.request, CREATE_CONTACT, {
    input,
  });
  expect(answer.errors).toBeUndefined();
  return answer.data!.createContact.id;
}

/**
 * A job seeker working through the API, as the seeker app would: a new account
 * signed up and signed in, or a demo seeker signed in. The seeker app's own
 * pages for asks are built separately.
 */
async function seekerSession(
  playwright: {
    request: { newContext: (options: { baseURL: string }) => Promise<APIRequestContext> };
  },
  baseURL: string,
  account: { email: string; password: string; name?: string },
) {
  const request = await playwright.request.newContext({ baseURL });
  if (account.name) {
    const signedUp = await gql<{ signUp: boolean }>(
      request,
      `mutation($input: SignUpInput!) { signUp(input: $input) }`,
      { input: { email: account.email, name: account.name, password: account.password } },
    );
    expect(signedUp.errors).toBeUndefined();
  }
  const signedIn = await gql<{ signIn: { role: string } }>(
    request,
    `mutation($input: SignInInput!) { signIn(input: $input) { role } }`,
    { input: { email: account.email, password: account.password } },
  );
  expect(signedIn.data?.signIn.role).toBe('SEEKER');
  return request;
}

/** Tabs forward until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('staff import a CSV by keyboard alone, resolving a duplicate and a bad row, then export what the filter shows', async ({
  page,
}) => {
  const u = unique();
  await signInToDashboard(page, DEMO.staff);
  await staffCreatesContact(page, { fullName: `Iris Vale ${u}`, email: `iris.${u}@example.test` });

  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeVisible();

  // From here on, only the keyboard.
  const pasted = page.getByLabel('Or paste the CSV');
  await page.locator('body').focus();
  await tabTo(page, pasted);
  await page.keyboard.type(
    [
      'Name,Job title,Email,Phone',
      `Iris Vale ${u},Director of Engineering,IRIS.${u}@example.test,`,
      `Noah Brandt ${u},Platform Lead,noah.${u}@example.test,+1 555 010 2030`,
      `Bad Row ${u},Manager,not-an-address,`,
      `=SUM(1+1) ${u},Analyst,formula.${u}@example.test,`,
    ].join('\n'),
  );
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Preview the import' })).toBeFocused();
  await page.keyboard.press('Enter');

  const rowsStep = page.getByRole('heading', { level: 2, name: '2. Check the rows' });
  await expect(rowsStep).toBeFocused();
  // The columns were matched by their names, and each can be changed.
  await expect(page.getByLabel('Column “Job title”')).toHaveValue('TITLE');
  const table = page.getByRole('table', { name: /4 rows in the file, 2 needing a decision/ });
  const duplicateRow = table.getByRole('row').filter({ hasText: `IRIS.${u}@example.test` });
  await expect(duplicateRow).toContainText(`Already a contact: Iris Vale ${u}`);
  await expect(duplicateRow).toContainText('(the same email)');
  const badRow = table.getByRole('row').filter({ hasText: `Bad Row ${u}` });
  await expect(badRow.getByRole('listitem')).toContainText('Email');

  // Importing before deciding is refused, and focus goes to the first open choice.
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await tabTo(page, importButton, 60);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Choose what to do with lines 2, 4 first.')).toBeVisible();
  const merge = duplicateRow.getByRole('radio', { name: `Merge into Iris Vale ${u}` });
  await expect(merge).toBeFocused();
  await page.keyboard.press('Space');
  await expect(merge).toBeChecked();
  await page.keyboard.press('Tab');
  const skip = badRow.getByRole('checkbox', { name: 'Skip line 4' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Space');
  await expect(skip).toBeChecked();

  const summary = page.getByRole('region', { name: 'What will happen' });
  await expect(summary).toContainText('2 new contacts added');
  await expect(summary).toContainText('1 row merged into existing contacts');
  await expect(summary).toContainText('1 row skipped');
  await tabTo(page, importButton);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '3. Imported' })).toBeFocused();
  await expect(page.getByText('2 contacts added, 1 row merged, 1 row skipped.')).toBeVisible();

  // The table shows the import; the search lives in the address.
  await page.getByRole('link', { name: 'See the contacts' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(u);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${u}`));
  await expect(page.getByRole('status').filter({ hasText: '3 contacts match.' })).toBeVisible();
  const table2 = page.getByRole('table', { name: 'Contacts, by name' });
  await expect(table2.getByRole('rowheader', { name: new RegExp(`Iris Vale ${u}`) })).toContainText(
    'Director of Engineering',
  );
  await expect(table2.getByRole('rowheader', { name: new RegExp(`Bad Row ${u}`) })).toHaveCount(0);

  // Sorting is a header button, announced through aria-sort.
  const added = page.getByRole('columnheader', { name: /Added/ });
  await added.getByRole('button').click();
  await expect(added).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=NEWEST/);

  // The export is exactly these rows, with formula-like cells neutralised.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export these contacts' }).click();
  const download = await downloadPromise;
  const text = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(4);
  expect(text).toContain(`Noah Brandt ${u}`);
  expect(text).toContain(`'=SUM(1+1) ${u}`);
  expect(text).not.toMatch(/(^|,)=SUM/m);
});

test('a CSV file chosen from disk is read into the preview', async ({ page }) => {
  const u = unique();
  await signInToDashboard(page, DEMO.staff);
  await page.goto('/admin/contacts/import');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Full name,Company\nLena Fischer ${u},Fischer Works ${u}\n`),
  });
  await expect(page.getByLabel('Or paste the CSV')).toHaveValue(/Lena Fischer/);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('region', { name: 'What will happen' })).toContainText(
    `1 new company created: Fischer Works ${u}`,
  );
});

test('merging two records moves every ask to the survivor', async ({
  page,
  playwright,
  baseURL,
}) => {
  const u = unique();
  await signInToDashboard(page, DEMO.staff);
  const survivorId = await staffCreatesContact(page, {
    fullName: `Noor Haddad ${u}`,
    title: 'VP Sales',
  });
  const duplicateId = await staffCreatesContact(page, {
    fullName: `N. Haddad ${u}`,
    email: `noor.${u}@example.test`,
    tags: ['conference'],
  });

  // Two seekers asked, each a different record of the same person.
  const newcomer = await seekerSession(playwright, baseURL!, {
    email: `seeker.${u}@example.test`,
    name: `Casey Newcomer ${u}`,
    password: `Lantern-${u}-orchard-Quill9`,
  });
  const jordan = await seekerSession(playwright, baseURL!, {
    email: DEMO.seeker,
    password: DEMO_PASSWORD,
  });
  const first = await gql<{ recordAsk: { id: string } }>(newcomer, RECORD_ASK, {
    input: { contactId: survivorId, channel: 'EMAIL' },
  });
  expect(first.errors).toBeUndefined();
  const second = await gql<{ recordAsk: { id: string } }>(jordan, RECORD_ASK, {
    input: { contactId: duplicateId, channel: 'PHONE' },
  });
  expect(second.errors).toBeUndefined();
  const declined = await gql(jordan, ASK_OUTCOME, {
    id: second.data!.recordAsk.id,
    status: 'DECLINED',
    note: 'Team is in a hiring freeze',
  });
  expect(declined.errors).toBeUndefined();

  await page.goto(`/admin/contacts/${encodeURIComponent(survivorId)}`);
  await expect(page.getByRole('heading', { level: 1, name: `Noor Haddad ${u}` })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'asked by email' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: `Merge Noor Haddad ${u} with another record` });
  await expect(dialog.getByLabel('Find the other record')).toBeFocused();
  await dialog.getByLabel('Find the other record').fill(`Haddad ${u}`);
  await dialog.getByRole('radio', { name: new RegExp(`N. Haddad ${u}`) }).check();
  await expect(dialog.getByRole('radio', { name: `Noor Haddad ${u} (this one)` })).toBeChecked();
  await expect(dialog.getByRole('status')).toContainText('1 ask by seekers');
  await dialog.getByRole('button', { name: 'Merge the records' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: `Merged: everything is now on Noor Haddad ${u}.` }),
  ).toBeVisible();

  // The whole history is on the survivor, with the duplicate's details filled in.
  await expect(timeline.getByRole('listitem').filter({ hasText: /asked by/ })).toHaveCount(2);
  const jordansAsk = timeline.locator('> li').filter({ hasText: 'Jordan Seeker asked by phone' });
  await expect(jordansAsk).toContainText('Declined');
  await expect(jordansAsk).toContainText('Team is in a hiring freeze');
  await expect(
    timeline.locator('> li').filter({ hasText: `Casey Newcomer ${u} asked by email` }),
  ).toHaveCount(1);
  await expect(page.getByRole('link', { name: `noor.${u}@example.test` })).toBeVisible();
  await expect(page.getByText('conference')).toBeVisible();
  await newcomer.dispose();
  await jordan.dispose();
});

test('a contact marked do not contact is refused to seekers, with a message that says so', async ({
  page,
  playwright,
  baseURL,
}) => {
  const u = unique();
  const name = `Quinn Ashby ${u}`;
  await signInToDashboard(page, DEMO.staff);
  await page.goto('/admin/contacts');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await expect(dialog.getByLabel('Full name')).toBeFocused();
  await dialog.getByLabel('Full name').fill(name);
  await dialog.getByLabel('Email').fill('quinn@');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Email')).toBeFocused();
  // After the first attempt, fields are checked as they change.
  await dialog.getByLabel('Email').fill(`quinn.${u}@example.test`);
  await expect(dialog.getByLabel('Email')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Mailing address').fill('4 Elm Street\nSpringfield');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const contactId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

  await page.getByRole('button', { name: 'Do not contact' }).click();
  const dnc = page.getByRole('dialog', { name: `Do not contact ${name}` });
  await dnc.getByRole('button', { name: 'Mark do not contact' }).click();
  await expect(dnc.getByLabel('Reason')).toHaveAccessibleDescription(/Say why/);
  await dnc.getByLabel('Reason').fill('Asked us to stop: retiring this spring.');
  await dnc.getByRole('button', { name: 'Mark do not contact' }).click();
  await expect(dnc).toBeHidden();
  await expect(page.getByText('Asked us to stop: retiring this spring.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Allow contacting' })).toBeVisible();

  // The table's do-not-contact filter finds them, flagged.
  await page.goto(`/admin/contacts?dnc=yes&q=${u}`);
  await expect(page.getByLabel('Do not contact', { exact: true })).toHaveValue('yes');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByText('Do not contact')).toBeVisible();

  // A seeker who tries to ask is refused, and told why in plain words.
  const seeker = await seekerSession(playwright, baseURL!, {
    email: DEMO.otherSeeker,
    password: DEMO_PASSWORD,
  });
  const refused = await gql(seeker, RECORD_ASK, { input: { contactId, channel: 'EMAIL' } });
  expect(refused.errors?.[0]?.extensions?.code).toBe('REQUEST.DO_NOT_CONTACT');
  expect(refused.errors?.[0]?.message).toMatch(/do-not-contact/);
  await seeker.dispose();

  // Archive and restore from the same page.
  await page.goto(`/admin/contacts/${encodeURIComponent(contactId)}`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText(/Archived on/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/Archived on/)).toHaveCount(0);
});

test('a company page lists its contacts', async ({ page }) => {
  await signInToDashboard(page, DEMO.staff);
  await page.getByRole('link', { name: 'Northwind Logistics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Logistics' })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await expect(contacts.getByRole('table')).toBeVisible();
  await expect(contacts.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await contacts.getByRole('link', { name: 'Filter and export in the contacts table' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByRole('rowheader', { name: /Dana Whitfield/ })).toBeVisible();
});

test('staff set the ask throttle, and the table flags contacts at the cap', async ({
  page,
  playwright,
  baseURL,
}) => {
  const u = unique();
  await signInToDashboard(page, DEMO.staff);
  const contactId = await staffCreatesContact(page, { fullName: `Rowan Pike ${u}` });
  const seeker = await seekerSession(playwright, baseURL!, {
    email: `capped.${u}@example.test`,
    name: `Capped Seeker ${u}`,
    password: `Meadow-${u}-granite-Vow7`,
  });
  const asked = await gql(seeker, RECORD_ASK, { input: { contactId, channel: 'PHONE' } });
  expect(asked.errors).toBeUndefined();
  await seeker.dispose();

  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const cap = page.getByLabel('Asks per contact');
  await expect(cap).toHaveValue('2');
  await expect(page.getByLabel('Window in days')).toHaveValue('30');

  await page.goto(`/admin/contacts?q=${u}`);
  await expect(page.getByRole('row').filter({ hasText: `Rowan Pike ${u}` })).toContainText(
    'Near ask cap (1/2 in 30 days)',
  );

  await page.goto('/admin/settings');
  await cap.fill('0');
  await page.getByRole('button', { name: 'Save the throttle' }).click();
  await expect(cap).toHaveAttribute('aria-invalid', 'true');
  await expect(cap).toHaveAccessibleDescription(/whole number from 1 to 100/);
  await cap.fill('1');
  await page.getByRole('button', { name: 'Save the throttle' }).click();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Saved: at most 1 ask of one contact in 30 days.' }),
  ).toBeVisible();

  await page.goto(`/admin/contacts?q=${u}`);
  await expect(page.getByRole('row').filter({ hasText: `Rowan Pike ${u}` })).toContainText(
    'At ask cap (1/1 in 30 days)',
  );

  // Put the agency default back for the journeys that follow.
  await page.goto('/admin/settings');
  await cap.fill('2');
  await page.getByRole('button', { name: 'Save the throttle' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Saved: at most 2 asks' }),
  ).toBeVisible();
});
