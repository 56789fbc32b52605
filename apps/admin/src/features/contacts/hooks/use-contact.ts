import { useQuery } from '@apollo/client/react';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import {
  ContactPageDocument,
  ContactTimelineDocument,
} from '../../../gql/documents/features/contacts/api/contacts';

export function useContact(id: string) {
  const { data, loading, error, refetch } = useQuery(ContactPageDocument, { variables: { id } });
  return {
    contact: data?.contact ?? null,
    loading: loading && !data,
    notFound: errorCode(error) === 'NOT_FOUND',
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}

const TIMELINE_PAGE = 20;

/** Every seeker's asks of this person, newest first, a page at a time. */
export function useContactTimeline(id: string) {
  const { nodes, ...list } = useConnectionQuery(ContactTimelineDocument, {
    variables: { id, first: TIMELINE_PAGE },
    connection: (data) => data.contact.timeline,
  });
  return { ...list, asks: nodes };
}
