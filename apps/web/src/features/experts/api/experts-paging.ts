import type { ConnectionFields } from '@rapport/client/connection-fields';

/**
 * The seeker's questions page with "Load more"; their meetings are read for
 * the form's "about a meeting" choice (keyed as the meetings list keys them).
 */
export const expertsPaging = {
  myExpertQuestions: [],
  myMeetings: ['status', 'from'],
} satisfies ConnectionFields;
