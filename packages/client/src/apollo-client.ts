import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import type { TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import type { ConnectionFields } from './connection-fields';
import { createSerializeLink } from './serialize-link';

export interface ApolloClientOptions {
  /** The app's own "who is signed in" query; it is answered with `me: null` when the session ends. */
  currentUserQuery: TypedDocumentNode<{ me: unknown }, Record<string, never>>;
  /** Operations where UNAUTHENTICATED is an answer about the form, not an expired session. */
  signInOperations: readonly string[];
  /** The app's paged lists, gathered from its features by collectConnectionFields. */
  connectionFields: ConnectionFields;
}

/** The app's cache: each paged list appends the pages "Load more" fetches. */
export function createCache(connectionFields: ConnectionFields): InMemoryCache {
  const typePolicies: Record<string, { fields: Record<string, FieldPolicy> }> = {};
  for (const [key, keyArgs] of Object.entries(connectionFields)) {
    const [typeName, fieldName] = key.includes('.') ? key.split('.', 2) : ['Query', key];
    if (!typeName || !fieldName) continue;
    typePolicies[typeName] ??= { fields: {} };
    typePolicies[typeName].fields[fieldName] = relayStylePagination([...keyArgs]);
  }
  return new InMemoryCache({ typePolicies });
}

export function createApolloClient({
  currentUserQuery,
  signInOperations,
  connectionFields,
}: ApolloClientOptions): ApolloClient {
  const cache = createCache(connectionFields);

  // When the session expires mid-visit, forget the user: the route guard then
  // sends them to sign in and back to where they were.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (signInOperations.includes(operation.operationName ?? '')) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')
    ) {
      cache.writeQuery({ query: currentUserQuery, data: { me: null } });
    }
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([
      sessionLink,
      createSerializeLink(),
      // Same origin in production and (through Vite's proxy) in development, so the
      // httpOnly session cookie travels with every request and CSRF checks pass.
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
  });
}
