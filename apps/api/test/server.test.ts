import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, signedInAs, type TestApp } from './support/test-app.js';

describe('the HTTP server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app.close());

  it('reports a healthy database on /healthz', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('sends the same security headers on every response, the GraphQL API and a 404 alike', async () => {
    const expected = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    for (const request of [
      {
        method: 'POST' as const,
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: '{"query":"{ __typename }"}',
      },
      { method: 'GET' as const, url: '/healthz' },
      { method: 'GET' as const, url: '/assets/missing.js' },
    ]) {
      const response = await app.server.inject(request);
      expect(response.headers, request.url).toMatchObject(expected);
      expect(response.headers, request.url).not.toHaveProperty('x-powered-by');
    }
  });

  it('blocks a cross-site GET that could be a CSRF attempt', async () => {
    const response = await app.server.inject({
      method: 'GET',
      url: '/graphql?query=%7Bme%7Bid%7D%7D',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/CSRF/i);
  });

  it('hides the details of unexpected errors', async () => {
    const staff = await signedInAs(app, 'STAFF');
    const original = app.services.companies.list.bind(app.services.companies);
    app.services.companies.list = async () => {
      throw new Error('connection string postgres://secret@db leaked');
    };
    try {
      const result = await staff.gql('{ companies(first: 1) { totalCount } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain('secret');
      expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    } finally {
      app.services.companies.list = original;
    }
  });

  it('reports an unknown field as a validation error', async () => {
    const result = await new Client(app).gql('{ nope }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('serving the built clients', () => {
  let app: TestApp;
  let dir: string;
  const SEEKER_PAGE = '<!doctype html><title>seeker app</title>';
  const DASHBOARD_PAGE = '<!doctype html><title>dashboard</title>';

  beforeAll(async () => {
    // Two tiny stand-ins for the Vite builds, so the test does not depend on `npm run build`.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-clients-'));
    for (const [name, page] of [
      ['web', SEEKER_PAGE],
      ['admin', DASHBOARD_PAGE],
    ] as const) {
      fs.mkdirSync(path.join(dir, name, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(dir, name, 'index.html'), page);
      fs.writeFileSync(path.join(dir, name, 'assets', 'app.js'), `console.log('${name}');`);
    }
    app = await createTestApp(
      { serveClients: true },
      { clientDirs: { web: path.join(dir, 'web'), admin: path.join(dir, 'admin') } },
    );
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, accept?: string) =>
    app.server.inject({ method: 'GET', url, headers: accept ? { accept } : {} });

  it.each([
    ['/', undefined],
    ['/', '*/*'],
    ['/', 'application/json'],
    ['/companies', undefined],
    ['/companies/abc?q=acme', '*/*'],
    ['/sign-in?next=%2Fcompanies', 'text/html'],
  ])('answers %s (Accept: %s) with the seeker app', async (url, accept) => {
    const response = await get(url, accept);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toBe(SEEKER_PAGE);
  });

  it.each([
    ['/admin', undefined],
    ['/admin/', '*/*'],
    ['/admin/staff', 'application/json'],
    ['/admin/companies?search=x', undefined],
  ])('answers %s (Accept: %s) with the dashboard', async (url, accept) => {
    const response = await get(url, accept);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(DASHBOARD_PAGE);
  });

  it('still serves the files that exist', async () => {
    expect((await get('/assets/app.js')).body).toBe("console.log('web');");
    expect((await get('/admin/assets/app.js')).body).toBe("console.log('admin');");
  });

  it.each([
    '/assets/nope.js',
    '/assets/nope',
    '/admin/assets/x.css',
    '/admin/assets/x',
    '/favicon.ico',
    '/companies/logo.png',
    '/admin/robots.txt',
  ])('answers a missing file %s with 404, even to a browser', async (url) => {
    const response = await get(url, 'text/html,*/*');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'Not found' });
  });

  it('answers other methods on unknown paths with 404', async () => {
    const response = await app.server.inject({ method: 'POST', url: '/companies' });
    expect(response.statusCode).toBe(404);
  });

  it('leaves the API and the health check alone', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok', database: 'ok' });
    const result = await new Client(app).gql('{ me { id } }');
    expect(result.data).toEqual({ me: null });
  });
});
