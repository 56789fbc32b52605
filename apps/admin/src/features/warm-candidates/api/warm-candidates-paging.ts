import type { ConnectionFields } from '@rapport/client/connection-fields';

/** Companies hiring now with their warm candidates, a page at a time. */
export const warmCandidatesPaging = {
  warmCandidates: [],
} satisfies ConnectionFields;
