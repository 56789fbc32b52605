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
