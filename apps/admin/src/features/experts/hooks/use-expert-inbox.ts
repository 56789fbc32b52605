import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { useCallback } from 'react';
import {
  AnswerExpertQuestionDocument,
  ExpertInboxDocument,
} from '../../../gql/documents/features/experts/api/experts';
import type { ExpertQuestionStatus } from '../../../gql/graphql';

const PAGE_SIZE = 20;

/** One status of the inbox, a page at a time: waiting ones longest first, answered latest first. */
export function useExpertInbox(status: ExpertQuestionStatus) {
  const { nodes, ...list } = useConnectionQuery(ExpertInboxDocument, {
    variables: { first: PAGE_SIZE, status },
    connection: (data) => data.expertQuestions,
  });
  return { ...list, questions: nodes };
}

/** Both inbox lists and the count change: they are dropped and fetched again. */
function forgetInbox(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'expertQuestions' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'unansweredExpertQuestionCount' });
  cache.gc();
}

export function useAnswerExpertQuestion() {
  const [mutate] = useMutation(AnswerExpertQuestionDocument);
  return useCallback(
    async (id: string, answer: string) => {
      const { data } = await mutate({ variables: { id, answer }, update: forgetInbox });
      if (!data) throw new Error('Saving the answer returned nothing.');
      return data.answerExpertQuestion;
    },
    [mutate],
  );
}
