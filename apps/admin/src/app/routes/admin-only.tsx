import { Alert } from '@rapport/ui/alert';
import { PageHeading } from '@rapport/ui/page-heading';
import type { ReactNode } from 'react';
import { useOutletContext } from 'react-router';
import type { SessionUser } from '../../features/auth/hooks/use-current-user';
import { SITE_NAME } from '../site';

/** A page for administrators: staff who reach it by address are told why it is closed. */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const user = useOutletContext<SessionUser>();
  if (user.role === 'ADMIN') return children;
  return (
    <>
      <PageHeading title={title} siteName={SITE_NAME} />
      <Alert tone="warning" title="Administrators only.">
        Ask an administrator if a partner needs access to the API.
      </Alert>
    </>
  );
}
