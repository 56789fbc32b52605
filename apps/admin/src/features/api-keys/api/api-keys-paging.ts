import type { ConnectionFields } from '@rapport/client/connection-fields';

/** The keys table pages with "Load more"; there is one list of keys, so no key arguments. */
export const apiKeysPaging = {
  apiKeys: [],
} satisfies ConnectionFields;
