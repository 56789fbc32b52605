import { useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { MeetingCoachCommentsDocument } from '../../../gql/documents/features/coach-comments/api/coach-comments';
import type { CoachCommentTarget } from '../../../gql/graphql';

/** The coach's comments on one of the seeker's meetings; brought up to date on each visit. */
export function useCoachComments(meetingId: string, target: CoachCommentTarget | null) {
  const { data, loading, error, refetch } = useQuery(MeetingCoachCommentsDocument, {
    variables: { meetingId, target },
    fetchPolicy: 'cache-and-network',
  });
  return {
    comments: data?.meeting.coachComments ?? null,
    loading: loading && !data,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}
