import { useQuery } from '@apollo/client/react';
import { ContactAskDocument } from '../../../gql/documents/features/asks/api/asks';

/** The contact as the ask panel needs it: the scripts, do-not-contact and this seeker's ask. */
export function useContactAsk(contactId: string) {
  const { data, loading, error, refetch } = useQuery(ContactAskDocument, {
    variables: { contactId },
  });
  return { contact: data?.contact ?? null, loading, error, retry: () => refetch() };
}
