import { ApolloProvider } from '@apollo/client/react';
import { ToastProvider } from '@rapport/ui/toast';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { router } from './router';

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </ApolloProvider>
  );
}
