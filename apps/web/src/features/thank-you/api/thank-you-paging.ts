import type { ConnectionFields } from '@rapport/client/connection-fields';

/** Cards to send page with "Load more"; those sent are a list of their own. */
export const thankYouPaging = {
  myThankYouCards: ['status'],
} satisfies ConnectionFields;
