import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@rapport/client/apollo-client';
import { RouteErrorBoundary } from '@rapport/client/route-error-boundary';
import { ToastProvider } from '@rapport/ui/toast';
import { BrowserRouter } from 'react-router';
import { CurrentUserDocument } from '../gql/documents/features/auth/api/session';
import { connectionFields } from './connection-fields';
import { BASENAME } from '../config/paths';
import { AppRoutes } from './router';
import { RouteError } from './routes/route-error';

const client = createApolloClient({
  currentUserQuery: CurrentUserDocument,
  signInOperations: ['SignIn'],
  connectionFields,
});

export function App() {
  return (
    <ApolloProvider client={client}>
      <ToastProvider>
        <BrowserRouter basename={BASENAME}>
          <RouteErrorBoundary fallback={(error) => <RouteError error={error} />}>
            <AppRoutes />
          </RouteErrorBoundary>
        </BrowserRouter>
      </ToastProvider>
    </ApolloProvider>
  );
}
