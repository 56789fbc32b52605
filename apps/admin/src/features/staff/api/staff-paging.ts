import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The staff table pages with "Load more"; there is only one list of staff, so no key arguments. */
export const staffPaging = {
  staffMembers: [],
} satisfies ConnectionFields;
