import { Alert } from '@rapport/ui/alert';
import { Badge } from '@rapport/ui/badge';
import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { Table } from '@rapport/ui/table';
import { formatDate, plural } from '../../../lib/format';
import { messageFor } from '../../../lib/graphql-errors';
import { useStaffMembers } from '../hooks/use-staff-members';
import { ROLE_LABELS } from './role-labels';

export function StaffTable() {
  const staff = useStaffMembers();

  if (staff.loading) return <LoadingIndicator label="Loading staff…" />;
  if (staff.error && staff.totalCount === null) {
    return (
      <Alert tone="error" title="The staff list could not be loaded.">
        <p>{messageFor(staff.error)}</p>
        <Button size="sm" onClick={staff.retry}>
          Try again
        </Button>
      </Alert>
    );
  }

  return (
    <>
      <Table
        caption={
          staff.totalCount === null
            ? 'Staff accounts'
            : `Staff accounts (${plural(staff.totalCount, 'person', 'people')})`
        }
        columns={[
          { key: 'name', header: 'Name', rowHeader: true, cell: (member) => member.name },
          { key: 'email', header: 'Email', cell: (member) => member.email },
          {
            key: 'role',
            header: 'Role',
            cell: (member) => (
              <Badge tone={member.role === 'ADMIN' ? 'info' : 'neutral'}>
                {ROLE_LABELS[member.role]}
              </Badge>
            ),
          },
          {
            key: 'since',
            header: 'Member since',
            cell: (member) => (
              <time dateTime={member.createdAt}>{formatDate(member.createdAt)}</time>
            ),
          },
        ]}
        rows={staff.members}
        rowKey={(member) => member.id}
      />
      {staff.hasMore ? (
        <div className="load-more">
          <Button busy={staff.loadingMore} onClick={() => void staff.loadMore()}>
            {staff.loadingMore ? 'Loading more…' : 'Load more staff'}
          </Button>
        </div>
      ) : null}
    </>
  );
}
