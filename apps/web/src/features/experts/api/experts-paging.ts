import type { ConnectionFields } from '@rapport/client/connection-fields';

/**
 * The seeker's questions page with "Load more"; their meetings are read for
 * the form's "about a meeting" choice, keyed exactly as the meetings list
 * keys them (one field, one set of key arguments, across the app).
 */
export const expertsPaging = {
  myExpertQuestions: [],
  myMeetings: ['status', 'from', 'past'],
} satisfies ConnectionFields;
