import { useConnectionQuery } from '@rapport/client/use-connection-query';
import type { HiringStatus } from '../../../gql/graphql';
import { AdminCompaniesDocument } from '../../../gql/documents/features/companies/api/companies';

const PAGE_SIZE = 25;

/** One page of companies at a time; while a new search loads, the previous rows stay in the table. */
export function useAdminCompanies(filters: { search: string; hiringStatus: HiringStatus | null }) {
  const { nodes, ...list } = useConnectionQuery(AdminCompaniesDocument, {
    variables: {
      first: PAGE_SIZE,
      search: filters.search || null,
      hiringStatus: filters.hiringStatus,
    },
    connection: (data) => data.companies,
    keepPreviousData: true,
  });
  return { ...list, companies: nodes };
}
