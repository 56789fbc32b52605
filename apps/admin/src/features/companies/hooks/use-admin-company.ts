import { useQuery } from '@apollo/client/react';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { AdminCompanyDocument } from '../../../gql/documents/features/companies/api/companies';

export function useAdminCompany(id: string) {
  const { data, loading, error, refetch } = useQuery(AdminCompanyDocument, { variables: { id } });
  const code = errorCode(error);
  return {
    company: data?.company ?? null,
    loading: loading && !data,
    // A malformed id in the address is, for the reader, the same dead end as a missing one.
    notFound: code === 'NOT_FOUND' || code === 'BAD_USER_INPUT',
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}
