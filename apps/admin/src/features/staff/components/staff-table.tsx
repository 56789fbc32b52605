import { formatDate, plural } from '@rapport/client/format';
import { Badge } from '@rapport/ui/badge';
import { LoadMoreButton } from '@rapport/ui/load-more-button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Table } from '@rapport/ui/table';
import { useStaffMembers } from '../hooks/use-staff-members';
import { ROLE_LABELS } from './role-labels';

export function StaffTable() {
  const staff = useStaffMembers();

  if (staff.loading) return <LoadingIndicator label="Loading staff…" />;
  if (staff.problem && staff.totalCount === null) {
    return (
      <RetryAlert
        title="The staff list could not be loaded."
        message={staff.problem}
        onRetry={staff.retry}
      />
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
        <LoadMoreButton busy={staff.loadingMore} onClick={() => void staff.loadMore()}>
          Load more staff
        </LoadMoreButton>
      ) : null}
    </>
  );
}
