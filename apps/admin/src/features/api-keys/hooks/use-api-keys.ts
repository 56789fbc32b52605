import { useQuery } from '@apollo/client/react';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import {
  ApiKeysDocument,
  ApiScopesDocument,
} from '../../../gql/documents/features/api-keys/api/api-keys';

const PAGE_SIZE = 50;

export function useApiKeys() {
  const { nodes, ...list } = useConnectionQuery(ApiKeysDocument, {
    variables: { first: PAGE_SIZE },
    connection: (data) => data.apiKeys,
  });
  return { ...list, keys: nodes };
}

/** The scopes a key can have, with what each opens, from the API itself. */
export function useApiScopes() {
  const { data } = useQuery(ApiScopesDocument);
  return data?.apiScopes ?? [];
}
