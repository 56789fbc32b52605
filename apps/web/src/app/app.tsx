import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@rapport/client/apollo-client';
import { RouteErrorBoundary } from '@rapport/client/route-error-boundary';
import { BrowserRouter } from 'react-router';
import { CurrentUserDocument } from '../gql/documents/features/auth/api/session';
import { connectionFields } from './connection-fields';
import { AppRoutes } from './router';
import { RouteError } from './routes/route-error';

const client = createApolloClient({
  currentUserQuery: CurrentUserDocument,
  signInOperations: ['SignIn', 'SignUp'],
  connectionFields,
});

export function App() {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <RouteErrorBoundary fallback={(error) => <RouteError error={error} />}>
          <AppRoutes />
        </RouteErrorBoundary>
      </BrowserRouter>
    </ApolloProvider>
  );
}
