import { useMutation, useQuery } from '@apollo/client/react';
import {
  AcceptProposedTimeDocument,
  DeclineProposedTimesDocument,
  ProposeOtherTimeDocument,
  SchedulingReplyDocument,
} from '../../../gql/documents/features/scheduling/api/reply';
import type { SchedulingReplyDetailFragment } from '../../../gql/graphql';

/**
 * The contact's page behind a link. The answer each mutation returns replaces
 * what the page shows (reading the link again would be refused: it is used).
 */
export function useSchedulingReply(token: string) {
  const { data, loading, error, refetch } = useQuery(SchedulingReplyDocument, {
    variables: { token },
    // Answers are not shared with anything else; never show a stale copy.
    fetchPolicy: 'network-only',
  });
  const [accept] = useMutation(AcceptProposedTimeDocument);
  const [counter] = useMutation(ProposeOtherTimeDocument);
  const [decline] = useMutation(DeclineProposedTimesDocument);

  return {
    reply: data?.schedulingReply ?? null,
    loading,
    error,
    retry: () => void refetch(),
    acceptSlot: async (slotId: string): Promise<SchedulingReplyDetailFragment> => {
      const result = await accept({ variables: { token, slotId } });
      return result.data!.acceptProposedTime;
    },
    proposeOther: async (startsAt: string): Promise<SchedulingReplyDetailFragment> => {
      const result = await counter({ variables: { token, startsAt } });
      return result.data!.proposeOtherTime;
    },
    declineTimes: async (note: string | null): Promise<SchedulingReplyDetailFragment> => {
      const result = await decline({ variables: { token, note } });
      return result.data!.declineProposedTimes;
    },
  };
}
