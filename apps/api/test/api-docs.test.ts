import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '../src/common/error-catalog.js';
import { createSchema } from '../src/graphql/schema.js';
import { API_SCOPES } from '../src/graphql/scope.js';
import { WEBHOOK_EVENT_NAMES } from '../src/webhook/webhook-events.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Every type, field, argument and input field the schema publishes, without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const isRoot = [schema.getQueryType(), schema.getMutationType()].includes(type as never);
    if (!type.description && !isRoot) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type) && !type.description) missing.push(type.name);
  }
  return missing;
}

describe('the API documentation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app.close());

  it('describes every type, field and argument of the schema', async () => {
    expect(undescribed(await createSchema())).toEqual([]);
  });

  it('serves /api: authentication, scopes, cost, paging, errors, webhooks and the reference', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const page = response.body;
    expect(page).toContain('<html lang="en">');
    expect(page).not.toMatch(/<script/);
    expect(page).not.toMatch(/\{\{\w+\}\}/);
    for (const heading of [
      'Authentication',
      'Scopes',
      'Cost and throttling',
      'Paging',
      'Webhooks',
      'Errors',
      'Schema reference',
    ]) {
      expect(page).toContain(`>${heading}</h2>`);
    }
    for (const scope of Object.keys(API_SCOPES)) expect(page).toContain(`<code>${scope}</code>`);
    for (const code of Object.keys(ERROR_CATALOG)) expect(page).toContain(`<code>${code}</code>`);
    for (const event of WEBHOOK_EVENT_NAMES) expect(page).toContain(`<code>${event}</code>`);
    expect(page).toContain('id="type-Company"');
    expect(page).toContain('curl https://rapport.example/graphql');
    expect(page).toContain('export function verifyRapportWebhook');
    expect(page).toContain(`costs more than <strong>${app.config.graphqlMaxCost}</strong>`);
  });

  it('serves the SDL and the verification snippet beside it', async () => {
    const sdl = await app.server.inject({ method: 'GET', url: '/api/schema.graphql' });
    expect(sdl.body).toContain('type Company');
    const snippet = await app.server.inject({
      method: 'GET',
      url: '/api/verify-webhook-signature.mjs',
    });
    expect(snippet.headers['content-type']).toMatch(/javascript/);
    expect(snippet.body).toContain('timingSafeEqual');
  });
});
