import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { explorerSearch, parseExplorerParams, type ExplorerParams } from '../utils/explorer-params';

/** The explorer's focus and filters, kept in the address (so Back, reload and links work). */
export function useExplorerParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseExplorerParams(search), [search]);
  const update = useCallback(
    (change: Partial<ExplorerParams>) => {
      // A new focus is a new place to go back from; a filter tweak replaces the entry.
      setSearch(explorerSearch({ ...params, ...change }), { replace: !('focus' in change) });
    },
    [params, setSearch],
  );
  return { params, update };
}
