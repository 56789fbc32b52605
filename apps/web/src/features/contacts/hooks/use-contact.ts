import { useQuery } from '@apollo/client/react';
import { ContactDetailDocument } from '../../../gql/documents/features/contacts/api/contacts';

export function useContact(id: string) {
  const { data, loading, error, refetch } = useQuery(ContactDetailDocument, {
    variables: { id },
  });
  return { contact: data?.contact ?? null, loading, error, retry: () => refetch() };
}
