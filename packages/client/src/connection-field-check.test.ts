import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { connectionFieldProblems } from './connection-field-check';

const SCHEMA = `
  type Item { id: ID! children(first: Int!, after: String, kind: String): ItemConnection! }
  type ItemEdge { cursor: String! node: Item! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ItemConnection { totalCount: Int! edges: [ItemEdge!]! pageInfo: PageInfo! }
  type Query {
    items(first: Int!, after: String, search: String): ItemConnection!
    item(id: ID!): Item
    latestItems(first: Int!): [Item!]!
  }
  type Mutation { addItem: Item! }
`;

const PAGED = parse(`
  query Items($first: Int!, $after: String) {
    list: items(first: $first, after: $after) { totalCount }
    item(id: "1") { id }
  }
  mutation AddItem { addItem { id } }
`);

describe('connectionFieldProblems', () => {
  it('is content when every paged connection is registered with real arguments', () => {
    expect(connectionFieldProblems(SCHEMA, [PAGED], { items: ['search'] })).toEqual([]);
  });

  it('names the query and the field when a paged connection is not registered (aliases too)', () => {
    expect(connectionFieldProblems(SCHEMA, [PAGED], {})).toEqual([
      'Items pages through "items", which no feature registers as a connection field.',
    ]);
  });

  it('ignores a connection asked for without first or after, and paged fields that are plain lists', () => {
    const counted = parse('query Count { items(search: "a") { totalCount } }');
    const latest = parse('query Latest { latestItems(first: 3) { id } }');
    expect(connectionFieldProblems(SCHEMA, [counted, latest], {})).toEqual([]);
  });

  it('rejects a registration that is not a connection, or keyed by an argument it lacks', () => {
    expect(
      connectionFieldProblems(SCHEMA, [], {
        latestItems: [],
        items: ['search', 'status', 'after'],
      }),
    ).toEqual([
      '"latestItems" is registered as a connection field but is no connection on Query.',
      '"items" cannot tell its lists apart by "status".',
      '"items" cannot tell its lists apart by "after".',
    ]);
  });

  it('checks nested connections as "Type.field", inside fragments too', () => {
    const nested = parse(`
      query Item($after: String) { item(id: "1") { ...Kids } }
      fragment Kids on Item { children(first: 5, after: $after) { totalCount } }
    `);
    expect(connectionFieldProblems(SCHEMA, [nested], {})).toEqual([
      'Kids pages through "Item.children", which no feature registers as a connection field.',
    ]);
    expect(connectionFieldProblems(SCHEMA, [nested], { 'Item.children': ['kind'] })).toEqual([]);
    expect(connectionFieldProblems(SCHEMA, [], { 'Item.id': [] })).toEqual([
      '"Item.id" is registered as a connection field but is no connection on that type.',
    ]);
  });
});
