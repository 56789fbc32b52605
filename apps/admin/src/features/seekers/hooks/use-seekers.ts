import { useQuery } from '@apollo/client/react';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import {
  SeekerAsksDocument,
  SeekerExpertQuestionsDocument,
  SeekerHiringAlertsDocument,
  SeekerMeetingsDocument,
  SeekerProfileDocument,
  SeekerReferralsDocument,
  SeekersDocument,
  SeekerThankYouCardsDocument,
} from '../../../gql/documents/features/seekers/api/seekers';

const PAGE_SIZE = 25;
const SECTION_PAGE_SIZE = 10;

/** Seekers by name, one page at a time; the previous rows stay while a new search loads. */
export function useSeekers(search: string) {
  const { nodes, ...list } = useConnectionQuery(SeekersDocument, {
    variables: { first: PAGE_SIZE, search: search || null },
    connection: (data) => data.seekers,
    keepPreviousData: true,
  });
  return { ...list, seekers: nodes };
}

export function useSeekerProfile(id: string) {
  const { data, loading, error, refetch } = useQuery(SeekerProfileDocument, { variables: { id } });
  const code = errorCode(error);
  return {
    seeker: data?.seeker ?? null,
    loading: loading && !data,
    // A malformed id in the address is, for the reader, the same dead end as a missing one.
    notFound: code === 'NOT_FOUND' || code === 'BAD_USER_INPUT',
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}

export function useSeekerAsks(id: string) {
  const { nodes, ...list } = useConnectionQuery(SeekerAsksDocument, {
    variables: { id, first: SECTION_PAGE_SIZE },
    connection: (data) => data.seeker.asks,
  });
  return { ...list, asks: nodes };
}

export function useSeekerMeetings(id: string) {
  const { nodes, ...list } = useConnectionQuery(SeekerMeetingsDocument, {
    variables: { id, first: SECTION_PAGE_SIZE },
    connection: (data) => data.seeker.meetings,
  });
  return { ...list, meetings: nodes };
}

export function useSeekerHiringAlerts(id: string) {
  const { nodes, ...list } = useConnectionQuery(SeekerHiringAlertsDocument, {
    variables: { id, first: SECTION_PAGE_SIZE },
    connection: (data) => data.seeker.hiringAlerts,
  });
  return { ...list, alerts: nodes };
}

export function useSeekerExpertQuestions(id: string) {
  const { nodes, ...list } = useConnectionQuery(SeekerExpertQuestionsDocument, {
    variables: { id, first: SECTION_PAGE_SIZE },
    connection: (data) => data.seeker.expertQuestions,
  });
  return { ...list, questions: nodes };
}

export function useSeekerReferrals(seekerId: string) {
  const { nodes, ...list } = useConnectionQuery(SeekerReferralsDocument, {
    variables: { seekerId, first: SECTION_PAGE_SIZE },
    connection: (data) => data.seekerReferrals,
  });
  return { ...list, referrals: nodes };
}

export function useSeekerThankYouCards(seekerId: string) {
  const { nodes, ...list } = useConnectionQuery(SeekerThankYouCardsDocument, {
    variables: { seekerId, first: SECTION_PAGE_SIZE },
    connection: (data) => data.seekerThankYouCards,
  });
  return { ...list, cards: nodes };
}
