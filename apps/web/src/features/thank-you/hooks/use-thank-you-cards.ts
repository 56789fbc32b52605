import { useMutation, useQuery } from '@apollo/client/react';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { useCallback } from 'react';
import {
  MarkThankYouSentDocument,
  SaveCardAddressDocument,
  SentThankYouCardsDocument,
  ThankYouCardsDocument,
  ThankYouCardsDueDocument,
} from '../../../gql/documents/features/thank-you/api/thank-you';
import type { ContactInput, ThankYouKind } from '../../../gql/graphql';

export const PAGE_SIZE = 20;

/** The cards to send, earliest due first (so overdue ones lead). */
export function useThankYouCards(pageSize = PAGE_SIZE) {
  const { nodes, ...list } = useConnectionQuery(ThankYouCardsDocument, {
    variables: { first: pageSize },
    connection: (data) => data.myThankYouCards,
  });
  return { ...list, cards: nodes };
}

/** The latest cards sent. */
export function useSentThankYouCards() {
  const { data, error } = useQuery(SentThankYouCardsDocument);
  return { sent: data?.myThankYouCards.edges.map((edge) => edge.node) ?? null, error };
}

export function useMarkThankYouSent() {
  const [mutate] = useMutation(MarkThankYouSentDocument, {
    // A sent card moves from one list to the other, and the dashboard counts change.
    refetchQueries: ['ThankYouCards', 'SentThankYouCards', 'ThankYouCardsDue'],
    awaitRefetchQueries: true,
  });
  return useCallback(
    async (id: string, kind: ThankYouKind) => {
      await mutate({ variables: { id, input: { kind } } });
    },
    [mutate],
  );
}

/** Saves the address on the seeker's own record of the person (the rest stays as it is). */
export function useSaveCardAddress() {
  const [mutate] = useMutation(SaveCardAddressDocument, { refetchQueries: ['ThankYouCards'] });
  return useCallback(
    async (contactId: string, input: ContactInput) => {
      await mutate({ variables: { id: contactId, input } });
    },
    [mutate],
  );
}

/** The dashboard's thank-you section. */
export function useThankYouCardsDue() {
  const { data, loading, error, refetch } = useQuery(ThankYouCardsDueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    due: data?.seekerDashboard.thankYouCardsDue ?? null,
    loading,
    error,
    retry: () => void refetch(),
  };
}
