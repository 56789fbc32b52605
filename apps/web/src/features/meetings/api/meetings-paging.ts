import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The meetings page pages both lists with "Load more": coming up, and past. */
export const meetingsPaging = {
  myMeetings: ['status', 'from', 'past'],
} satisfies ConnectionFields;
