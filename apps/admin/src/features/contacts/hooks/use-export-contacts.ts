import { useCsvExport } from '@rapport/client/use-csv-export';
import { useCallback } from 'react';
import { ExportContactsDocument } from '../../../gql/documents/features/contacts/api/contacts';
import type { ExportContactsQuery } from '../../../gql/graphql';
import { filterVariables, type ContactFilters } from './contact-filters';

const csvOf = (data: ExportContactsQuery) => data.exportContacts;

/** Downloads exactly the contacts the current filters select, as the API writes them. */
export function useExportContacts() {
  const { run, exporting, problem } = useCsvExport(ExportContactsDocument, csvOf);
  const exportContacts = useCallback(
    (filters: ContactFilters) => run(filterVariables(filters), 'contacts'),
    [run],
  );
  return { exportContacts, exporting, problem };
}
