import { useConnectionQuery } from '@rapport/client/use-connection-query';
import type { HiringStatus } from '../../../gql/graphql';
import { CompanyListDocument } from '../../../gql/documents/features/companies/api/companies';

export const PAGE_SIZE = 20;

export interface CompanyFilters {
  search: string;
  hiringStatus: HiringStatus | null;
}

/** One page of companies at a time; while new filters load, the previous results stay on screen. */
export function useCompanyList(filters: CompanyFilters) {
  const { nodes, ...list } = useConnectionQuery(CompanyListDocument, {
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
