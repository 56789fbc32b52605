import { Alert } from '@rapport/ui/alert';
import { Card } from '@rapport/ui/card';
import { PageHeading } from '@rapport/ui/page-heading';
import { useOutletContext } from 'react-router';
import { CreateStaffForm } from '../../features/staff/components/create-staff-form';
import { StaffTable } from '../../features/staff/components/staff-table';
import type { SessionUser } from '../../features/auth/hooks/use-current-user';
import { SITE_NAME } from '../site';

export default function StaffRoute() {
  const user = useOutletContext<SessionUser>();

  if (user.role !== 'ADMIN') {
    return (
      <>
        <PageHeading title="Staff" siteName={SITE_NAME} />
        <Alert tone="warning" title="Administrators only.">
          Ask an administrator if someone needs a staff account.
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeading
        title="Staff"
        siteName={SITE_NAME}
        lead="People at the agency who can use this dashboard."
      />
      <div className="staff-grid">
        <StaffTable />
        <Card>
          <CreateStaffForm />
        </Card>
      </div>
    </>
  );
}
