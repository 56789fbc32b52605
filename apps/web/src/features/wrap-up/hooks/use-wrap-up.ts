import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  WrapUpCompanyNamesDocument,
  WrapUpCompleteMeetingDocument,
  WrapUpMarkNoShowDocument,
  WrapUpMeetingDocument,
  WrapUpRecordReferralDocument,
} from '../../../gql/documents/features/wrap-up/api/wrap-up';
import type { RecordReferralInput } from '../../../gql/graphql';

/**
 * Lists other pages show from the cache: the follow-ups, the thank-you
 * cards and the dashboard's counts. They are dropped so the next visit
 * fetches them afresh.
 */
function forgetLists(cache: ApolloCache) {
  for (const fieldName of ['myFollowUps', 'myThankYouCards', 'seekerDashboard']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}

/** The meeting, the names already given and the card, once completed. */
export function useWrapUpMeeting(meetingId: string) {
  const { data, loading, error, refetch } = useQuery(WrapUpMeetingDocument, {
    variables: { id: meetingId },
  });
  return { meeting: data?.meeting ?? null, loading, error, retry: () => void refetch() };
}

/** The companies the agency knows, for suggestions while typing. */
export function useCompanyNames(): string[] {
  const { data } = useQuery(WrapUpCompanyNamesDocument);
  return data?.companies.edges.map((edge) => edge.node.name) ?? [];
}

export function useRecordReferral() {
  const [mutate] = useMutation(WrapUpRecordReferralDocument, { update: forgetLists });
  return useCallback(
    async (input: RecordReferralInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('Recording the referral returned nothing.');
      return data.recordReferral;
    },
    [mutate],
  );
}

/** The seeker's own zone: due dates are counted on the clock of the device in their hand. */
export function deviceTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

export function useMeetingOutcome(meetingId: string) {
  const [complete, completing] = useMutation(WrapUpCompleteMeetingDocument, {
    update: forgetLists,
  });
  const [noShow, markingNoShow] = useMutation(WrapUpMarkNoShowDocument, { update: forgetLists });
  return {
    complete: (endedAt: string | null) =>
      complete({ variables: { id: meetingId, endedAt, timeZone: deviceTimeZone() } }),
    noShow: () => noShow({ variables: { id: meetingId } }),
    busy: completing.loading || markingNoShow.loading,
  };
}
