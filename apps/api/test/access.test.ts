import { describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { accessRuleOf } from '../src/auth/access.js';
import { checksRoles, ROLES_EXTENSION } from '../src/auth/authorized.js';
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

  it('checks every role rule before the field resolves, on simple types too', async () => {
    const schema = await createSchema();
    const ruled: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        if (!field.extensions[ROLES_EXTENSION]) continue;
        ruled.push(`${type.name}.${name}`);
        expect(checksRoles(field.resolve), `${type.name}.${name}`).toBe(true);
      }
    }
    expect(ruled).toEqual(
      expect.arrayContaining(['Company.contactCount', 'Mutation.createCompany']),
    );
    expect(ruled.length).toBeGreaterThan(100);
  });
});
