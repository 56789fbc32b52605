import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The follow-up list pages with "Load more"; there is one list per seeker. */
export const followUpsPaging = {
  myFollowUps: [],
} satisfies ConnectionFields;
