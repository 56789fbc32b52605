import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@rapport/client/apollo-client';
import { ToastProvider } from '@rapport/ui/toast';
import { RouterProvider } from 'react-router';
import { CurrentUserDocument } from '../gql/graphql';
import { connectionFields } from './connection-fields';
import { router } from './router';

const client = createApolloClient({
  currentUserQuery: CurrentUserDocument,
  signInOperations: ['SignIn'],
  connectionFields,
});

export function App() {
  return (
    <ApolloProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </ApolloProvider>
  );
}
