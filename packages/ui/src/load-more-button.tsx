import type { ReactNode } from 'react';
import { Button } from './button';
import './load-more-button.css';

export interface LoadMoreButtonProps {
  onClick: () => void;
  /** The next page is on its way. */
  busy: boolean;
  /** e.g. "Load more companies". */
  children: ReactNode;
}

/** Below a list: fetches its next page. */
export function LoadMoreButton({ onClick, busy, children }: LoadMoreButtonProps) {
  return (
    <div className="rp-load-more">
      <Button busy={busy} onClick={onClick}>
        {busy ? 'Loading more…' : children}
      </Button>
    </div>
  );
}
