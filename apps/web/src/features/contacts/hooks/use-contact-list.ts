import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { ContactListDocument } from '../../../gql/documents/features/contacts/api/contacts';

export const PAGE_SIZE = 20;

export interface ContactFilters {
  search: string;
  /** Only the contacts at this company. */
  companyId?: string | null;
}

/** The agency's shared contacts and the seeker's own, a page at a time; a new search keeps the old results on screen until it lands. */
export function useContactList(filters: ContactFilters, pageSize = PAGE_SIZE) {
  const { nodes, ...list } = useConnectionQuery(ContactListDocument, {
    variables: {
      first: pageSize,
      search: filters.search || null,
      companyId: filters.companyId ?? null,
    },
    connection: (data) => data.contacts,
    keepPreviousData: true,
  });
  return { ...list, contacts: nodes };
}
