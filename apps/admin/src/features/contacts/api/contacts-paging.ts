import type { ConnectionFields } from '@rapport/client/connection-fields';

/**
 * The contacts table and a company's contacts page with "Load more"; every
 * combination of search, filters and order is a list of its own. A contact's
 * timeline pages the same way, one list per contact.
 */
export const contactsPaging = {
  contacts: [
    'search',
    'companyId',
    'tag',
    'source',
    'doNotContact',
    'sharing',
    'sort',
    'includeArchived',
  ],
  'Contact.timeline': [],
} satisfies ConnectionFields;
