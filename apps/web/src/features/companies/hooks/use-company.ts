import { useQuery } from '@apollo/client/react';
import { CompanyDetailDocument } from '../../../gql/documents/features/companies/api/companies';

export function useCompany(id: string) {
  const { data, loading, error, refetch } = useQuery(CompanyDetailDocument, {
    variables: { id },
  });
  return { company: data?.company ?? null, loading, error, retry: () => refetch() };
}
