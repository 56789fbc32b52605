import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { accessRuleOf } from '../src/auth/access.js';
import { createSchema } from '../src/graphql/schema.js';

describe('every operation states who may call it', () => {
  it('has an @Authorized or @Public rule on each Query and Mutation', async () => {
    const schema = await createSchema();
    const storage = getMetadataStorage();
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => ({
        kind: 'Query',
        name,
      })),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => ({
        kind: 'Mutation',
        name,
      })),
    ];
    expect(operations.length).toBeGreaterThan(5);

    const missing = operations.filter(({ kind, name }) => {
      const handlers = kind === 'Query' ? storage.queries : storage.mutations;
      const handler = handlers.find((h) => h.schemaName === name);
      if (!handler) return true;
      return accessRuleOf(handler.target, handler.methodName).kind === 'none';
    });
    expect(missing).toEqual([]);
  });

  it('reports an operation without a rule', () => {
    class Unmarked {
      lookup() {}
    }
    expect(accessRuleOf(Unmarked, 'lookup')).toEqual({ kind: 'none' });
  });

  it('keeps staff-only mutations closed to seekers', async () => {
    await createSchema();
    const storage = getMetadataStorage();
    for (const name of [
      'createCompany',
      'updateCompany',
      'setCompanyHiringStatus',
      'createStaffAccount',
    ]) {
      const handler = storage.mutations.find((h) => h.schemaName === name)!;
      const rule = accessRuleOf(handler.target, handler.methodName);
      expect(rule.kind).toBe('authorized');
      expect(rule.kind === 'authorized' && rule.roles).not.toContain('SEEKER');
    }
  });

  it('never puts a role rule on a field that skips the auth middleware', async () => {
    await createSchema();
    const storage = getMetadataStorage();
    // simpleResolvers types resolve plain fields without type-graphql's
    // middleware, so an @Authorized on such a field would never run. Role
    // rules on fields belong on @FieldResolver methods, which always run it.
    const simpleTypes = new Set(
      storage.objectTypes.filter((type) => type.simpleResolvers).map((type) => type.target),
    );
    const unguarded = storage.authorizedFields.filter((field) => simpleTypes.has(field.target));
    expect(simpleTypes.size).toBeGreaterThan(3);
    expect(unguarded.map((field) => field.fieldName)).toEqual([]);
  });
});
