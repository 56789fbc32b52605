import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { CurrentUserDocument } from '../gql/graphql';

/** Operations where UNAUTHENTICATED is an answer about the form, not an expired session. */
const SIGN_IN_OPERATIONS = new Set(['SignIn']);

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends pages; each search and filter keeps its own list.
          companies: relayStylePagination(['search', 'hiringStatus']),
          staffMembers: relayStylePagination([]),
        },
      },
    },
  });

  // When the session expires mid-visit, forget the user: the route guard then
  // sends them to sign in and back to where they were.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')
    ) {
      cache.writeQuery({ query: CurrentUserDocument, data: { me: null } });
    }
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([
      sessionLink,
      // Same origin in production and (through Vite's proxy) in development, so the
      // httpOnly session cookie travels with every request and CSRF checks pass.
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
  });
}
