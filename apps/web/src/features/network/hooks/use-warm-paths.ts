import { skipToken, useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { MyWarmIntroPathsDocument } from '../../../gql/documents/features/network/api/network';

/** The seeker's best warm-introduction paths to anyone at a company. */
export function useWarmPaths(companyId: string | null) {
  const { data, loading, error, refetch } = useQuery(
    MyWarmIntroPathsDocument,
    companyId ? { variables: { companyId } } : skipToken,
  );
  return {
    paths: companyId ? (data?.warmIntroPaths ?? null) : null,
    loading,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}
