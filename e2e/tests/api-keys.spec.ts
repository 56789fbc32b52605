import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, expectNoAxeViolations, signInToDashboard, unique } from './support';

/** A partner's script: calls /graphql with the key as a bearer token, no cookies. */
async function callApi(request: APIRequestContext, key: string, query: string) {
  const response = await request.post('/graphql', {
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    data: { query },
  });
  return { status: response.status(), body: await response.json() };
}

test('an admin makes a key with one scope; it works where the scope says, and not once revoked', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const integration = `Career centre ${unique()}`;
  await signInToDashboard(page, DEMO.admin);
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'API keys' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  await expect(page.getByRole('table', { name: /API keys/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole('form', { name: 'Create an API key' });
  // Nothing chosen: both problems are shown in place.
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(form.getByLabel('Integration name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await form.getByLabel('Integration name').fill(integration);
  await form.getByRole('checkbox', { name: 'companies:read' }).check();
  await form.getByRole('button', { name: 'Create key' }).click();

  const secretField = page.getByLabel('API key', { exact: true });
  await expect(secretField).toHaveValue(/^rk_live_/);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const key = await page.evaluate(() => navigator.clipboard.readText());
  expect(key).toBe(await secretField.inputValue());
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(secretField).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(integration) });
  await expect(row).toContainText('companies:read');
  await expect(row).toContainText('Active');

  // Allowed where the scope says…
  const companies = await callApi(
    request,
    key,
    '{ companies(first: 3) { edges { node { name } } } }',
  );
  expect(companies.status).toBe(200);
  expect(companies.body.data.companies.edges.length).toBeGreaterThan(0);
  expect(companies.body.extensions.cost.requested).toBe(2 + 3 * 2);
  // …refused elsewhere, before anything runs.
  const staff = await callApi(request, key, '{ staffMembers(first: 1) { totalCount } }');
  expect(staff.status).toBe(403);
  expect(staff.body.errors[0].extensions.code).toBe('FORBIDDEN');
  const contactCount = await callApi(
    request,
    key,
    '{ companies(first: 1) { edges { node { contactCount } } } }',
  );
  expect(contactCount.status).toBe(403);
  expect(contactCount.body.errors[0].message).toContain('contacts:read');

  // The page shows it was used.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(integration) })).not.toContainText('Never');

  await page
    .getByRole('row', { name: new RegExp(integration) })
    .getByRole('button', { name: /Revoke/ })
    .click();
  await expect(page.getByRole('row', { name: new RegExp(integration) })).toContainText('Revoked');

  const refused = await callApi(request, key, '{ companies(first: 3) { totalCount } }');
  expect(refused.status).toBe(401);
  expect(refused.body.errors[0].extensions.reason).toBe('revoked');
  expect(refused.body.errors[0].message).toMatch(/revoked/);
});

test('the webhooks page and the API documentation have no detectable WCAG 2.1 AA problems', async ({
  page,
}) => {
  // Three axe scans, the last over the whole schema reference (thousands of
  // nodes): past 30 s when the machine is busy.
  test.slow();
  await signInToDashboard(page, DEMO.admin);
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Webhooks' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Recent deliveries/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The address check is the server's: a private address is refused next to the field.
  const form = page.getByRole('form', { name: 'Register a webhook' });
  await form.getByLabel('URL').fill('http://127.0.0.1:9/hook');
  await form.getByRole('checkbox', { name: 'Hiring status changed' }).check();
  await form.getByRole('button', { name: 'Register webhook' }).click();
  await expect(form.getByLabel('URL')).toHaveAccessibleDescription(/private|loopback/);
  await expectNoAxeViolations(page);

  await page.goto('/api');
  await expect(page.getByRole('heading', { level: 1, name: 'The Rapport API' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Verifying a signature' })).toBeVisible();
  await expectNoAxeViolations(page);
});
