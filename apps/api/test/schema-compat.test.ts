import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Partners build on the schema, so a change that can break them (a field
 * removed, an argument made required, an enum value dropped) must be
 * declared in schema-changes.json with a reason, against the last released
 * schema. GraphQL Inspector decides what counts as breaking.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Declared {
  /** GraphQL Inspector's path of the change, e.g. "Company.website". */
  path: string;
  /** Its change type, e.g. FIELD_REMOVED. */
  type: string;
  reason: string;
}

async function undeclaredBreakingChanges(released: string, current: string, declared: Declared[]) {
  const changes = await diff(buildSchema(released), buildSchema(current));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !declared.some((d) => d.path === change.path && d.type === change.type))
    .map((change) => `${change.type} ${change.path ?? ''}: ${change.message}`);
}

describe('schema compatibility', () => {
  it('has no undeclared breaking change against the last released schema', async () => {
    const { declared } = JSON.parse(read('schema-changes.json')) as { declared: Declared[] };
    for (const entry of declared) expect(entry.reason.length, entry.path).toBeGreaterThan(10);
    expect(
      await undeclaredBreakingChanges(
        read('schema.released.graphql'),
        read('schema.graphql'),
        declared,
      ),
    ).toEqual([]);
  });

  it('catches a removed field and an argument made required, unless declared', async () => {
    const before =
      'type Query { company(id: ID): Company } type Company { name: String website: String }';
    const after = 'type Query { company(id: ID!): Company } type Company { name: String }';
    const found = await undeclaredBreakingChanges(before, after, []);
    expect(found.some((line) => line.startsWith('FIELD_REMOVED Company.website'))).toBe(true);
    expect(found.some((line) => line.includes('company.id'))).toBe(true);
    const declared = [
      { path: 'Company.website', type: 'FIELD_REMOVED', reason: 'Moved to Company.links in v2' },
    ];
    expect((await undeclaredBreakingChanges(before, after, declared)).join()).not.toContain(
      'website',
    );
  });
});
