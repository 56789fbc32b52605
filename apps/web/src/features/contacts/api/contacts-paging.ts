import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The contact list pages with "Load more"; each search (and each company's own list) is a list of its own. */
export const contactsPaging = {
  contacts: ['search', 'companyId'],
} satisfies ConnectionFields;
