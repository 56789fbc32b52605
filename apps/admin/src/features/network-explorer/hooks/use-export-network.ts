import { useCsvExport } from '@rapport/client/use-csv-export';
import { useCallback } from 'react';
import { ExportNetworkDocument } from '../../../gql/documents/features/network-explorer/api/network-explorer';
import type { ExportNetworkQuery } from '../../../gql/graphql';
import { aroundVariables, type ExplorerParams } from '../utils/explorer-params';

const csvOf = (data: ExportNetworkQuery) => data.exportNetwork;

/** Downloads what the explorer shows (same centre, kinds and depth) as the API writes it in CSV. */
export function useExportNetwork() {
  const { run, exporting, problem } = useCsvExport(ExportNetworkDocument, csvOf);
  const exportNetwork = useCallback(
    async (params: ExplorerParams, centreName: string) => {
      const variables = aroundVariables(params);
      if (!variables) return false;
      const slug = centreName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      return run(variables, `network-${slug || 'graph'}`);
    },
    [run],
  );
  return { exportNetwork, exporting, problem };
}
