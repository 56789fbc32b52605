import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ImportColumnInput, ImportDecisionInput } from '../../../gql/graphql';
import {
  ImportContactsDocument,
  PreviewContactImportDocument,
} from '../../../gql/documents/features/contact-import/api/contact-import';

/** Reads the file on the server and reports every row; nothing is written. */
export function usePreviewImport() {
  const [mutate] = useMutation(PreviewContactImportDocument);
  return useCallback(
    async (csv: string, mapping: ImportColumnInput[] | null) => {
      const { data } = await mutate({ variables: { csv, mapping } });
      if (!data) throw new Error('The preview returned nothing.');
      return data.previewContactImport;
    },
    [mutate],
  );
}

/** Writes the whole file as decided, in one transaction: all of it or none of it. */
export function useImportContacts() {
  const [mutate] = useMutation(ImportContactsDocument);
  return useCallback(
    async (csv: string, mapping: ImportColumnInput[], decisions: ImportDecisionInput[]) => {
      const { data } = await mutate({
        variables: { csv, mapping, decisions },
        update(cache) {
          // New contacts and companies can belong in any cached list.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'companies' });
          cache.gc();
        },
      });
      if (!data) throw new Error('The import returned nothing.');
      return data.importContacts;
    },
    [mutate],
  );
}
