import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The seekers list (one per search) and each list on a seeker's page page with "Load more". */
export const seekersPaging = {
  seekers: ['search'],
  'User.asks': [],
  'User.meetings': [],
  'User.hiringAlerts': ['includeDismissed'],
  'User.expertQuestions': [],
  seekerReferrals: ['seekerId'],
  seekerThankYouCards: ['seekerId'],
} satisfies ConnectionFields;
