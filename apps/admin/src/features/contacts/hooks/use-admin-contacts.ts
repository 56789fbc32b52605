import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { AdminContactsDocument } from '../../../gql/documents/features/contacts/api/contacts';
import { filterVariables, type ContactFilters } from './contact-filters';

const PAGE_SIZE = 25;

/** One page of contacts at a time; while a new filter loads, the previous rows stay visible. */
export function useAdminContacts(filters: ContactFilters) {
  const { nodes, ...list } = useConnectionQuery(AdminContactsDocument, {
    variables: { first: PAGE_SIZE, ...filterVariables(filters) },
    connection: (data) => data.contacts,
    keepPreviousData: true,
  });
  return { ...list, contacts: nodes };
}
