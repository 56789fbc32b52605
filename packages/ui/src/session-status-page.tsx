import type { ReactNode } from 'react';
import { LoadingIndicator } from './loading-indicator';
import { PageLayout } from './page-layout';
import { UnreachableAlert } from './unreachable-alert';

export interface SessionStatusPageProps {
  brand: ReactNode;
  /** Why the account could not be looked up; while null, it is still being looked up. */
  problem: string | null;
  onRetry: () => void;
}

/** Stands in for a signed-in page until the account is known. */
export function SessionStatusPage({ brand, problem, onRetry }: SessionStatusPageProps) {
  return (
    <PageLayout brand={brand}>
      {problem ? (
        <UnreachableAlert problem={problem} onRetry={onRetry} />
      ) : (
        <LoadingIndicator label="Loading your account…" />
      )}
    </PageLayout>
  );
}
