import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { downloadTextFile } from '@rapport/ui/download-file';
import { useCallback, useState } from 'react';
import { messageFor } from './graphql-errors';

/**
 * An export button's work: run a query whose answer is CSV text (never from
 * the cache: an export must reflect the database now, and can be large) and
 * hand it to the browser as `rapport-<name>-<day>.csv`. `csvOf` picks the
 * text out of the answer; keep it stable (a module-level function).
 */
export function useCsvExport<Data, Variables extends OperationVariables>(
  query: TypedDocumentNode<Data, Variables>,
  csvOf: (data: Data) => string,
) {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = useCallback(
    async (variables: Variables, name: string) => {
      setExporting(true);
      setProblem(null);
      try {
        const { data, error } = await client.query<Data, Variables>({
          query,
          variables,
          fetchPolicy: 'no-cache',
        });
        if (error || !data) throw error ?? new Error('The export returned nothing.');
        const day = new Date().toISOString().slice(0, 10);
        downloadTextFile(csvOf(data), `rapport-${name}-${day}.csv`);
        return true;
      } catch (error) {
        setProblem(messageFor(error));
        return false;
      } finally {
        setExporting(false);
      }
    },
    [client, query, csvOf],
  );

  return { run, exporting, problem };
}
