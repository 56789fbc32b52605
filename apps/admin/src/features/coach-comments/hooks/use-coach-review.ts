import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { useCallback } from 'react';
import {
  AddCoachCommentDocument,
  CoachReviewDocument,
  DeleteCoachCommentDocument,
  EditCoachCommentDocument,
} from '../../../gql/documents/features/coach-comments/api/coach-comments';
import type { CoachCommentTarget } from '../../../gql/graphql';

/** One meeting's question list, notes and comments; fresh each time the review opens. */
export function useCoachReview(meetingId: string) {
  const { data, loading, error, refetch } = useQuery(CoachReviewDocument, {
    variables: { meetingId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    comments: data?.meeting.coachComments ?? null,
    plan: data?.meeting.questionPlan ?? null,
    notes: data?.meetingNotes ?? null,
    loading: loading && !data,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}

/** Adds a comment and appends it to the meeting's cached list. */
export function useAddCoachComment(meetingId: string) {
  const [mutate] = useMutation(AddCoachCommentDocument);
  return useCallback(
    async (target: CoachCommentTarget, body: string) => {
      await mutate({
        variables: { input: { meetingId, target, body } },
        update(cache, { data }) {
          if (!data) return;
          cache.modify<{ coachComments: readonly Reference[] }>({
            id: cache.identify({ __typename: 'Meeting', id: meetingId }),
            fields: {
              coachComments(existing, { toReference }) {
                const added = toReference(data.addCoachComment);
                return added ? [...existing, added] : existing;
              },
            },
          });
        },
      });
    },
    [meetingId, mutate],
  );
}

/** Rewrites the author's own comment; the cached comment updates itself. */
export function useEditCoachComment() {
  const [mutate] = useMutation(EditCoachCommentDocument);
  return useCallback(
    async (id: string, body: string) => {
      await mutate({ variables: { id, body } });
    },
    [mutate],
  );
}

/** Removes the author's own comment from the server and from every cached list. */
export function useDeleteCoachComment() {
  const [mutate] = useMutation(DeleteCoachCommentDocument);
  return useCallback(
    async (id: string) => {
      await mutate({
        variables: { id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'CoachComment', id }) });
          cache.gc();
        },
      });
    },
    [mutate],
  );
}
