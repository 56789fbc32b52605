import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The seeker's asks, read whole (up to 100) to find the companies they target; one list per status. */
export const networkPaging = {
  myAsks: ['status'],
} satisfies ConnectionFields;
