import { useApolloClient } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { downloadTextFile } from '@rapport/ui/download-file';
import { useCallback, useState } from 'react';
import { ExportNetworkDocument } from '../../../gql/graphql';
import { aroundVariables, type ExplorerParams } from '../utils/explorer-params';

/** Downloads what the explorer shows (same focus, kinds and depth) as the API writes it in CSV. */
export function useExportNetwork() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exportNetwork = useCallback(
    async (params: ExplorerParams, name: string) => {
      const variables = aroundVariables(params);
      if (!variables) return false;
      setExporting(true);
      setProblem(null);
      try {
        // Never cached: an export must reflect the network now.
        const { data, error } = await client.query({
          query: ExportNetworkDocument,
          variables,
          fetchPolicy: 'no-cache',
        });
        if (error || !data) throw error ?? new Error('The export returned nothing.');
        const slug = name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        const day = new Date().toISOString().slice(0, 10);
        downloadTextFile(data.exportNetwork, `rapport-network-${slug || 'graph'}-${day}.csv`);
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

  return { exportNetwork, exporting, problem };
}
