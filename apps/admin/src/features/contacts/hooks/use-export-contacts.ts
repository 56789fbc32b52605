import { useApolloClient } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { downloadTextFile } from '@rapport/ui/download-file';
import { useCallback, useState } from 'react';
import { ExportContactsDocument } from '../../../gql/graphql';
import { filterVariables, type ContactFilters } from './contact-filters';

/** Downloads exactly the contacts the current filters select, as the API writes them. */
export function useExportContacts() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exportContacts = useCallback(
    async (filters: ContactFilters) => {
      setExporting(true);
      setProblem(null);
      try {
        // Never cached: an export must reflect the database now, and can be large.
        const { data, error } = await client.query({
          query: ExportContactsDocument,
          variables: filterVariables(filters),
          fetchPolicy: 'no-cache',
        });
        if (error || !data) throw error ?? new Error('The export returned nothing.');
        const day = new Date().toISOString().slice(0, 10);
        downloadTextFile(data.exportContacts, `rapport-contacts-${day}.csv`);
        return true;
      } catch (error) {
        setProblem(messageFor(error));
        return false;
      } finally {
        setExporting(false);
      }
    },
    [client],
  );

  return { exportContacts, exporting, problem };
}
