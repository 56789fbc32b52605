import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { PageHeading } from './page-heading';

export interface NotFoundPageProps {
  siteName: string;
  /** The way back, usually a router link styled as a button. */
  action: ReactNode;
  /** Where to go instead. */
  children: ReactNode;
}

/** What an address that matches no page shows. */
export function NotFoundPage({ siteName, action, children }: NotFoundPageProps) {
  return (
    <>
      <PageHeading title="Page not found" siteName={siteName} />
      <EmptyState title="There is nothing at this address" action={action}>
        {children}
      </EmptyState>
    </>
  );
}
