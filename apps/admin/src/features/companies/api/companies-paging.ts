import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The companies table pages with "Load more"; each search and status filter is a list of its own. */
export const companiesPaging = {
  companies: ['search', 'hiringStatus'],
} satisfies ConnectionFields;
