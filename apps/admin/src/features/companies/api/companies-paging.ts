import type { ConnectionFields } from '@rapport/client/connection-fields';
import type { QueryCompaniesArgs } from '../../../gql/graphql';

/** The companies table pages with "Load more"; each search and status filter is a list of its own. */
export const companiesPaging = {
  companies: ['search', 'hiringStatus'] satisfies (keyof QueryCompaniesArgs)[],
} satisfies ConnectionFields;
