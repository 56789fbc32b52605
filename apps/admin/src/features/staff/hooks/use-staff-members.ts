import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { StaffMembersDocument } from '../../../gql/documents/features/staff/api/staff';

const PAGE_SIZE = 50;

export function useStaffMembers() {
  const { nodes, ...list } = useConnectionQuery(StaffMembersDocument, {
    variables: { first: PAGE_SIZE },
    connection: (data) => data.staffMembers,
  });
  return { ...list, members: nodes };
}
