import type { ReactNode } from 'react';
import { LoadingIndicator } from './loading-indicator';
import { PageLayout } from './page-layout';

export interface CentredLayoutProps {
  brand: ReactNode;
  /** While true, only a loading indicator shows in place of the page. */
  loading?: boolean;
  children: ReactNode;
}

/** A narrow centred column under the banner, for pages such as sign-in and sign-up. */
export function CentredLayout({ brand, loading = false, children }: CentredLayoutProps) {
  return (
    <PageLayout brand={brand} narrow>
      {loading ? <LoadingIndicator /> : children}
    </PageLayout>
  );
}
