import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { WarmCandidatesDocument } from '../../../gql/documents/features/warm-candidates/api/warm-candidates';

const PAGE_SIZE = 20;

/** Companies hiring now, those that turned most recently first; fresh on each visit. */
export function useWarmCandidates() {
  const { nodes, ...list } = useConnectionQuery(WarmCandidatesDocument, {
    variables: { first: PAGE_SIZE },
    connection: (data) => data.warmCandidates,
  });
  return { ...list, companies: nodes };
}
