import { useEffect, useRef, type ReactNode } from 'react';
import { Alert } from './alert';
import { LoadMoreButton } from './load-more-button';
import { LoadingIndicator } from './loading-indicator';
import { RetryAlert } from './retry-alert';
import './paged-list.css';

/** Where a paged list stands: what @rapport/client's useConnectionQuery reports. */
export interface PagedListState {
  /** Null until the first page has arrived. */
  totalCount: number | null;
  /** The first page is on its way and there is nothing to show yet. */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  /** Why the last request failed, in a sentence; null when it did not. */
  problem: string | null;
  retry: () => void;
  loadMore: () => Promise<void>;
}

export interface PagedListProps {
  state: PagedListState;
  /** The line read out as the results change, e.g. "3 companies match, showing 2." */
  summary: string;
  labels: {
    /** e.g. "Loading companies…" */
    loading: string;
    /** When nothing could be loaded, e.g. "The companies could not be loaded." */
    failed: string;
    /** e.g. "Load more companies" */
    loadMore: string;
  };
  /** Finds each result's focusable element, in order, inside `children`. */
  itemSelector: string;
  /** Shown when there are no results at all. */
  empty: ReactNode;
  /** The results. */
  children: ReactNode;
}

/**
 * The states around a list that is loaded a page at a time: a live summary,
 * the first load, its failure, no results, the results, "Load more", and a
 * later failure below them.
 */
export function PagedList({
  state,
  summary,
  labels,
  itemSelector,
  empty,
  children,
}: PagedListProps) {
  const resultsRef = useRef<HTMLDivElement>(null);
  const focusFromIndex = useRef<number | null>(null);

  // After "Load more", keyboard and screen-reader users continue at the first new
  // result instead of being dropped at the top when the button disappears.
  useEffect(() => {
    const index = focusFromIndex.current;
    if (index === null) return;
    const items = resultsRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [];
    if (items.length <= index) return;
    focusFromIndex.current = null;
    items[index]?.focus();
  });

  function loadMore() {
    focusFromIndex.current = resultsRef.current?.querySelectorAll(itemSelector).length ?? null;
    void state.loadMore();
  }

  return (
    <>
      <p role="status" className="rp-result-count">
        {summary}
      </p>
      {state.problem && state.totalCount === null ? (
        <RetryAlert title={labels.failed} message={state.problem} onRetry={state.retry} />
      ) : null}
      {state.loading ? <LoadingIndicator label={labels.loading} /> : null}
      {state.totalCount === 0 ? empty : null}
      <div ref={resultsRef}>{children}</div>
      {state.hasMore ? (
        <LoadMoreButton busy={state.loadingMore} onClick={loadMore}>
          {labels.loadMore}
        </LoadMoreButton>
      ) : null}
      {state.problem && state.totalCount !== null ? (
        <Alert tone="error">{state.problem}</Alert>
      ) : null}
    </>
  );
}
