import type { ReactNode } from 'react';
import './empty-state.css';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** Heading level that fits the page outline; h2 under a page's h1 by default. */
  headingLevel?: 2 | 3;
}

export function EmptyState({ title, children, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="rp-empty">
      <Heading className="rp-empty__title">{title}</Heading>
      {children ? <div className="rp-empty__text">{children}</div> : null}
      {action ? <div className="rp-empty__action">{action}</div> : null}
    </div>
  );
}
