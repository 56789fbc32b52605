import { useQuery } from '@apollo/client/react';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import {
  ExpertMeetingChoicesDocument,
  MyExpertQuestionsDocument,
} from '../../../gql/documents/features/experts/api/experts';

const PAGE_SIZE = 20;

/** The seeker's questions, newest first, a page at a time; answers show up on each visit. */
export function useMyExpertQuestions() {
  const { nodes, ...list } = useConnectionQuery(MyExpertQuestionsDocument, {
    variables: { first: PAGE_SIZE },
    connection: (data) => data.myExpertQuestions,
  });
  return { ...list, questions: nodes };
}

/** The seeker's meetings, for "about a meeting"; the form works without them. */
export function useMeetingChoices() {
  const { data } = useQuery(ExpertMeetingChoicesDocument);
  return data?.myMeetings.edges.map((edge) => edge.node) ?? [];
}
