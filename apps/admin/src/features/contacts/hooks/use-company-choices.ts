import { skipToken, useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import {
  CompanyChoicesDocument,
  CompanyNameDocument,
} from '../../../gql/documents/features/contacts/api/contacts';

/** Companies whose name contains `search`, for picking where a contact works. */
export function useCompanyChoices(search: string) {
  const { data, previousData, loading, error } = useQuery(CompanyChoicesDocument, {
    variables: { search: search || null },
  });
  const shown = data ?? previousData;
  return {
    companies: shown?.companies.edges.map((edge) => edge.node) ?? [],
    loading,
    problem: error ? messageFor(error) : null,
  };
}

/** The name of a company known only by id (a filter read from the address). */
export function useCompanyName(id: string | null) {
  const { data } = useQuery(CompanyNameDocument, id ? { variables: { id } } : skipToken);
  return data?.company ?? null;
}
