import type { TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { parse } from 'graphql';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from './apollo-client';
import { NETWORK_MESSAGE } from './graphql-errors';
import { useConnectionQuery } from './use-connection-query';

afterEach(cleanup);

interface Item {
  __typename: 'Item';
  id: string;
  name: string;
}
interface ItemsData {
  items: {
    __typename: 'ItemConnection';
    totalCount: number;
    edges: { __typename: 'ItemEdge'; cursor: string; node: Item }[];
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
}
interface ItemsVariables {
  first: number;
  after?: string | null;
  search?: string | null;
  [key: string]: unknown;
}

const ITEMS: TypedDocumentNode<ItemsData, ItemsVariables> = parse(`
  query Items($first: Int!, $after: String, $search: String) {
    items(first: $first, after: $after, search: $search) {
      totalCount
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

function page(names: string[], totalCount: number, hasNextPage: boolean): { data: ItemsData } {
  return {
    data: {
      items: {
        __typename: 'ItemConnection',
        totalCount,
        edges: names.map((name) => ({
          __typename: 'ItemEdge',
          cursor: `cursor-${name}`,
          node: { __typename: 'Item', id: name, name },
        })),
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          endCursor: names.length ? `cursor-${names.at(-1)}` : null,
        },
      },
    },
  };
}

type Mocks = MockLink.MockedResponse<ItemsData, ItemsVariables>[];

/** The hook under the app's own cache policy for a paged `items` field, keyed by `search`. */
function renderItems(mocks: Mocks, initial: { search: string | null }, keepPreviousData = false) {
  const cache = createCache({ items: ['search'] });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache}>
      {children}
    </MockedProvider>
  );
  return renderHook(
    ({ search }: { search: string | null }) =>
      useConnectionQuery(ITEMS, {
        variables: { first: 2, search },
        connection: (data) => data.items,
        keepPreviousData,
      }),
    { wrapper, initialProps: initial },
  );
}

describe('useConnectionQuery', () => {
  it('shows the first page, then appends the next one on "Load more"', async () => {
    const { result } = renderItems(
      [
        {
          request: { query: ITEMS, variables: { first: 2, search: null } },
          result: page(['a', 'b'], 3, true),
        },
        {
          request: { query: ITEMS, variables: { first: 2, search: null, after: 'cursor-b' } },
          result: page(['c'], 3, false),
        },
      ],
      { search: null },
    );

    expect(result.current.loading).toBe(true);
    expect(result.current.nodes).toEqual([]);
    expect(result.current.totalCount).toBeNull();

    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.nodes.map((item) => item.name)).toEqual(['a', 'b']);
    expect(result.current.totalCount).toBe(3);
    expect(result.current.hasMore).toBe(true);

    let loadingMore: Promise<void> = Promise.resolve();
    act(() => {
      loadingMore = result.current.loadMore();
    });
    expect(result.current.loadingMore).toBe(true);
    // The first page stays on screen while the next one loads.
    expect(result.current.loading).toBe(false);
    await act(async () => loadingMore);

    await waitFor(() =>
      expect(result.current.nodes.map((item) => item.name)).toEqual(['a', 'b', 'c']),
    );
    expect(result.current.hasMore).toBe(false);
    expect(result.current.loadingMore).toBe(false);
    expect(result.current.problem).toBeNull();
  });

  it('reports a failed request as a sentence, and retry asks again', async () => {
    const { result } = renderItems(
      [
        {
          request: { query: ITEMS, variables: { first: 2, search: null } },
          error: new TypeError('Failed to fetch'),
        },
        {
          request: { query: ITEMS, variables: { first: 2, search: null } },
          result: page(['a'], 1, false),
        },
      ],
      { search: null },
    );

    await waitFor(() => expect(result.current.problem).toBe(NETWORK_MESSAGE));
    expect(result.current.nodes).toEqual([]);
    expect(result.current.hasMore).toBe(false);

    act(() => result.current.retry());
    await waitFor(() => expect(result.current.nodes.map((item) => item.name)).toEqual(['a']));
    expect(result.current.problem).toBeNull();
  });

  it('keeps the previous results, marked stale, while a new search loads', async () => {
    const { result, rerender } = renderItems(
      [
        {
          request: { query: ITEMS, variables: { first: 2, search: null } },
          result: page(['a', 'b'], 3, true),
        },
        {
          request: { query: ITEMS, variables: { first: 2, search: 'c' } },
          result: page(['c'], 1, false),
          delay: 50,
        },
      ],
      { search: null },
      true,
    );
    await waitFor(() => expect(result.current.nodes).toHaveLength(2));

    rerender({ search: 'c' });
    expect(result.current.isStale).toBe(true);
    expect(result.current.loading).toBe(false);
    expect(result.current.nodes.map((item) => item.name)).toEqual(['a', 'b']);

    await waitFor(() => expect(result.current.isStale).toBe(false));
    // A different search is a different list: its page replaces, not appends.
    expect(result.current.nodes.map((item) => item.name)).toEqual(['c']);
    expect(result.current.totalCount).toBe(1);
  });
});
