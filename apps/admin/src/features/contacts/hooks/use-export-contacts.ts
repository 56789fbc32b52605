import { useApolloClient } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { useCallback, useState } from 'react';
import { ExportContactsDocument } from '../../../gql/documents/features/contacts/api/contacts';
import { filterVariables, type ContactFilters } from './contact-filters';

/** Hands the browser a file to save, without a round trip through a server URL. */
function download(text: string, fileName: string) {
  // A byte-order mark makes spreadsheet programs read the UTF-8 accents correctly.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; let them finish first.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
        download(data.exportContacts, `rapport-contacts-${day}.csv`);
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
