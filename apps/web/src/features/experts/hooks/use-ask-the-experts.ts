import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { AskTheExpertsDocument } from '../../../gql/documents/features/experts/api/experts';

/** The new question goes first in the list: the cached pages are dropped and the list refetches. */
function forgetMyQuestions(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myExpertQuestions' });
  cache.gc();
}

export function useAskTheExperts() {
  const [mutate] = useMutation(AskTheExpertsDocument);
  return useCallback(
    async (question: string, meetingId: string | null) => {
      const { data } = await mutate({
        variables: { input: { question, meetingId } },
        update: forgetMyQuestions,
      });
      if (!data) throw new Error('Sending the question returned nothing.');
      return data.askTheExperts;
    },
    [mutate],
  );
}
