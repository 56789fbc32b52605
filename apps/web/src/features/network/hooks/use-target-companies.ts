import { skipToken, useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { useMemo } from 'react';
import {
  CompanyPathChoicesDocument,
  MyTargetCompaniesDocument,
} from '../../../gql/documents/features/network/api/network';
import { targetCompanies } from '../utils/target-companies';

/** Where the seeker asked someone: the companies their paths are most likely wanted for. */
export function useTargetCompanies() {
  const { data, loading, error } = useQuery(MyTargetCompaniesDocument);
  const targets = useMemo(() => targetCompanies(data), [data]);
  return { targets, loading: loading && !data, problem: error ? messageFor(error) : null };
}

/** Companies whose name contains `search`, to look for paths into another one. */
export function useCompanySearch(search: string) {
  const { data, previousData, loading, error } = useQuery(
    CompanyPathChoicesDocument,
    search
      ? {
          variables: { search },
          // A pick list, kept out of the cache the company directory pages through.
          fetchPolicy: 'no-cache',
        }
      : skipToken,
  );
  const shown = search ? (data ?? previousData) : undefined;
  return {
    matches: shown?.companies.edges.map((edge) => edge.node) ?? [],
    loading,
    problem: error ? messageFor(error) : null,
  };
}
