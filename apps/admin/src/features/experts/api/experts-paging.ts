import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The inbox pages with "Load more", one list per status. */
export const expertsPaging = {
  expertQuestions: ['status'],
} satisfies ConnectionFields;
