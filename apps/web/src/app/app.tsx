import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@rapport/client/apollo-client';
import { RouterProvider } from 'react-router';
import { CurrentUserDocument } from '../gql/graphql';
import { connectionFields } from './connection-fields';
import { router } from './router';

const client = createApolloClient({
  currentUserQuery: CurrentUserDocument,
  signInOperations: ['SignIn', 'SignUp'],
  connectionFields,
});

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
