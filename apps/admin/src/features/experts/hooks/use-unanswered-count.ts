import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { UnansweredExpertQuestionCountDocument } from '../../../gql/documents/features/experts/api/unanswered-count';

/** How often the navigation's count is brought up to date while the dashboard is open. */
const COUNT_POLL_MS = 60_000;

/**
 * How many questions wait for the experts, for the navigation: one cheap
 * COUNT, fetched again whenever `refreshKey` changes (the layout passes the
 * current address, so every move between pages refreshes it) and every
 * minute. Null while unknown, or when `enabled` is false (nobody on staff
 * is signed in).
 */
export function useUnansweredCount(enabled: boolean, refreshKey: string): number | null {
  const { data, refetch } = useQuery(UnansweredExpertQuestionCountDocument, {
    skip: !enabled,
    pollInterval: COUNT_POLL_MS,
  });
  useEffect(() => {
    if (enabled) void refetch().catch(() => undefined);
  }, [enabled, refreshKey, refetch]);
  return enabled ? (data?.unansweredExpertQuestionCount ?? null) : null;
}
