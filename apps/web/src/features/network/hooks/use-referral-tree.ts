import { useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { useMemo } from 'react';
import { MyReferralTreeDocument } from '../../../gql/documents/features/network/api/network';
import { nestReferralTree } from '../utils/referral-tree';

/** The signed-in seeker's referral tree, as branches. */
export function useReferralTree() {
  const { data, loading, error, refetch } = useQuery(MyReferralTreeDocument, {
    // The tree grows with every meeting and referral; show what is recorded now.
    fetchPolicy: 'cache-and-network',
  });
  const tree = data?.referralTree ?? null;
  const branches = useMemo(() => nestReferralTree(tree?.people ?? []), [tree]);
  return {
    tree,
    branches,
    loading: loading && !data,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}
