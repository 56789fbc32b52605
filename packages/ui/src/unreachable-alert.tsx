import { RetryAlert } from './retry-alert';

/** The account could not be looked up, so nothing else can be shown yet. */
export function UnreachableAlert({ problem, onRetry }: { problem: string; onRetry: () => void }) {
  return <RetryAlert title="Rapport could not be reached." message={problem} onRetry={onRetry} />;
}
