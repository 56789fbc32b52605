import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../src/graphql/schema.js';
import {
  accessRuleOfField,
  API_SCOPES,
  type ApiKeyAccessRule,
  type ApiScope,
} from '../src/graphql/scope.js';
import { asKey, makeKey } from './support/api-keys.js';
import { createTestApp, errorCode, type TestApp } from './support/test-app.js';

/**
 * Generated from the schema, not listed by hand: every field a key can
 * reach, found by walking from Query and Mutation, and the scopes on the
 * way to it. A concept merged later is covered the day it lands.
 */
interface Reachable {
  /** Type.field */
  label: string;
  /** Root field first: [parent type, field] pairs down to this field. */
  path: { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[];
  /** Every scope the path needs. */
  needs: Set<ApiScope>;
}

function walkReachable(schema: GraphQLSchema): { reachable: Reachable[]; undecided: string[] } {
  const reachable: Reachable[] = [];
  const undecided: string[] = [];
  const seen = new Set<string>();
  const queue: { type: GraphQLObjectType; path: Reachable['path']; needs: Set<ApiScope> }[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (root) queue.push({ type: root, path: [], needs: new Set() });
  }
  // Breadth first, so each field is reached by its shortest path.
  while (queue.length > 0) {
    const { type, path, needs } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const label = `${type.name}.${field.name}`;
      if (seen.has(label)) continue;
      seen.add(label);
      const rule: ApiKeyAccessRule | undefined = accessRuleOfField(type, field);
      if (rule === undefined) {
        undecided.push(label);
        continue;
      }
      if (rule === 'none') continue;
      const here = new Set(needs);
      if (typeof rule === 'object') here.add(rule.scope);
      const entry = { label, path: [...path, { parent: type, field }], needs: here };
      reachable.push(entry);
      const named = getNamedType(field.type);
      if (isObjectType(named)) queue.push({ type: named, path: entry.path, needs: here });
      if (isInterfaceType(named)) throw new Error(`${label}: interfaces are not walked yet`);
    }
  }
  return { reachable, undecided };
}

/** A value of the right type for a required argument; the resolver may refuse it, but only after the scope check passed. */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  switch ((inner as GraphQLNamedType).name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return Buffer.from('Nothing:00000000-0000-0000-0000-000000000000').toString('base64url');
    default:
      return 'x';
  }
}

/** One operation that reads exactly the reachable field at the end of `path`. */
function documentFor(entry: Reachable): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  let selection = '';
  for (let i = entry.path.length - 1; i >= 0; i -= 1) {
    const { field } = entry.path[i]!;
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
      .map((arg) => {
        const name = `v${declarations.length}`;
        declarations.push(`$${name}: ${arg.type.toString()}`);
        variables[name] = sample(arg.type);
        return `${arg.name}: $${name}`;
      });
    const named = getNamedType(field.type);
    const inner = selection || (isLeafType(named) ? '' : '__typename');
    selection = `${field.name}${args.length ? `(${args.join(', ')})` : ''}${inner ? ` { ${inner} }` : ''}`;
  }
  const kind = entry.path[0]!.parent.name === 'Mutation' ? 'mutation' : 'query';
  const header = declarations.length ? `(${declarations.join(', ')})` : '';
  return { query: `${kind}${header} { ${selection} }`, variables };
}

describe('API key scopes, from the schema', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let reachable: Reachable[];
  let undecided: string[];
  const scopes = Object.keys(API_SCOPES) as ApiScope[];

  beforeAll(async () => {
    // Hundreds of generated calls: give the bucket room so only scopes decide.
    app = await createTestApp({ costBucketCapacity: 10_000_000, graphqlMaxCost: 1_000_000 });
    schema = await createSchema();
    ({ reachable, undecided } = walkReachable(schema));
  });
  afterAll(async () => app.close());

  it('finds a rule on every field a key could reach', () => {
    expect(undecided, 'fields with no @Scope, @NotForApiKeys or @ScopeOfParent').toEqual([]);
    // The walk really reaches data, and the rules hold where they matter most.
    const labels = reachable.map((entry) => entry.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Query.companies', 'Company.name', 'Contact.email']),
    );
    for (const closed of [
      'Query.me',
      'Mutation.signIn',
      'Mutation.createApiKey',
      'Query.staffMembers',
    ]) {
      expect(labels).not.toContain(closed);
    }
  });

  it('refuses a key every operation marked not for keys, whatever its scopes', async () => {
    const { secret } = await makeKey(app, scopes);
    const closed = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.values(root.getFields())
        .filter((field) => accessRuleOfField(root, field) === 'none')
        .map((field) => ({ parent: root, field })),
    );
    expect(closed.length).toBeGreaterThan(5);
    for (const step of closed) {
      const { query, variables } = documentFor({ label: '', path: [step], needs: new Set() });
      const answer = await asKey(app, secret, query, variables);
      expect(errorCode(answer.body), `${step.parent.name}.${step.field.name}`).toBe('FORBIDDEN');
    }
  });

  it('lets each scope read exactly what it names, and nothing else', async () => {
    const keys = new Map<string, string>();
    for (const scope of scopes) keys.set(scope, (await makeKey(app, [scope], scope)).secret);
    const all = (await makeKey(app, scopes, 'all')).secret;
    const failures: string[] = [];
    let allowedSomewhere = 0;
    for (const entry of reachable) {
      const { query, variables } = documentFor(entry);
      const withAll = await asKey(app, all, query, variables);
      if (errorCode(withAll.body) === 'FORBIDDEN')
        failures.push(`${entry.label}: refused with every scope`);
      for (const scope of scopes) {
        const answer = await asKey(app, keys.get(scope)!, query, variables);
        // The scope gate's refusal: before anything runs, HTTP 403 naming the
        // fields. A service may still refuse later (a key subscribing to an
        // event it could not read), which is not the gate's doing.
        const refused =
          errorCode(answer.body) === 'FORBIDDEN' &&
          answer.status === 403 &&
          answer.body.errors?.[0]?.extensions?.fields !== undefined;
        const shouldAllow = [...entry.needs].every((needed) => needed === scope);
        if (shouldAllow && refused) failures.push(`${entry.label}: refused with ${scope}`);
        if (!shouldAllow && !refused) failures.push(`${entry.label}: allowed with ${scope}`);
        if (!shouldAllow && refused) {
          // Refused before anything ran: no data, and the error names what is missing.
          expect(answer.body.data ?? null).toBeNull();
          expect(answer.status).toBe(403);
        }
        if (shouldAllow && !refused) allowedSomewhere += 1;
      }
    }
    expect(failures).toEqual([]);
    expect(allowedSomewhere).toBeGreaterThan(10);
    // One request per scope and field of the whole schema: it grows with every
    // concept, so it gets more than the default time on a busy machine.
  }, 120_000);

  it('refuses what no one named, before any resolver runs', async () => {
    const { secret } = await makeKey(app, ['contacts:read']);
    let listed = 0;
    const original = app.services.companies.list.bind(app.services.companies);
    app.services.companies.list = (...args) => {
      listed += 1;
      return original(...args);
    };
    try {
      const answer = await asKey(app, secret, '{ companies(first: 1) { totalCount } }');
      expect(answer.body.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'Query.companies', needs: 'companies:read' },
      ]);
      expect(listed).toBe(0);
    } finally {
      app.services.companies.list = original;
    }
  });
});
