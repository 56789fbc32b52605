import { useMutation, useQuery } from '@apollo/client/react';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { useCallback } from 'react';
import {
  AskReferralDocument,
  FollowUpsDueDocument,
  MarkReferralFollowedUpDocument,
  MyFollowUpsDocument,
} from '../../../gql/documents/features/follow-ups/api/follow-ups';
import type { AskReferralInput } from '../../../gql/graphql';

export const PAGE_SIZE = 20;

// A referral that is done leaves the list, and the dashboard counts change.
const STALE_AFTER_FOLLOW_UP = ['MyFollowUps', 'FollowUpsDue'];

/** The referrals still to contact, overdue first, a page at a time. */
export function useFollowUps(pageSize = PAGE_SIZE) {
  const { nodes, ...list } = useConnectionQuery(MyFollowUpsDocument, {
    variables: { first: pageSize },
    connection: (data) => data.myFollowUps,
  });
  return { ...list, followUps: nodes };
}

/** "Ask now": the ask under the usual rules; resolves to the contact the ask is on. */
export function useAskReferral() {
  const [mutate] = useMutation(AskReferralDocument, {
    refetchQueries: [...STALE_AFTER_FOLLOW_UP, 'SeekerDashboard'],
    // The contact's page shows the ask next: whatever it cached before is out of date.
    update(cache, { data }) {
      const contactId = data?.askReferral.ask?.contact.id;
      if (!contactId) return;
      cache.evict({
        id: cache.identify({ __typename: 'Contact', id: contactId }),
        fieldName: 'myAsk',
      });
    },
  });
  return useCallback(
    async (id: string, input: AskReferralInput) => {
      const { data } = await mutate({ variables: { id, input } });
      if (!data?.askReferral.ask) throw new Error('Asking returned nothing.');
      return data.askReferral.ask;
    },
    [mutate],
  );
}

export function useMarkFollowedUp() {
  const [mutate] = useMutation(MarkReferralFollowedUpDocument, {
    refetchQueries: STALE_AFTER_FOLLOW_UP,
  });
  return useCallback(
    async (id: string) => {
      await mutate({ variables: { id } });
    },
    [mutate],
  );
}

/** The dashboard's follow-up section. */
export function useFollowUpsDue() {
  const { data, loading, error, refetch } = useQuery(FollowUpsDueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    due: data?.seekerDashboard.followUpsDue ?? null,
    loading,
    error,
    retry: () => void refetch(),
  };
}
