import { Badge } from '@rapport/ui/badge';
import { Button } from '@rapport/ui/button';
import { Table } from '@rapport/ui/table';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useMemo } from 'react';
import type { ExplorerGraph, PathHighlight } from '../utils/graph-model';
import { listRows } from '../utils/list-rows';

export interface GraphListViewProps {
  graph: ExplorerGraph;
  focusId: string | null;
  highlight: PathHighlight;
  onCentre: (contactId: string) => void;
}

/** The same facts as the picture, as two tables: the people shown and the links between them. */
export function GraphListView({ graph, focusId, highlight, onCentre }: GraphListViewProps) {
  const { people, links } = useMemo(
    () => listRows(graph, focusId, highlight),
    [graph, focusId, highlight],
  );

  return (
    <div className="explorer-list">
      <Table
        caption={`People shown (${people.length})`}
        rows={people}
        rowKey={(row) => row.node.id}
        columns={[
          {
            key: 'name',
            header: 'Name',
            rowHeader: true,
            cell: (row) => (
              <>
                {row.node.label}
                {row.node.id === focusId ? <span className="muted"> (the centre)</span> : null}
              </>
            ),
          },
          { key: 'company', header: 'Company', cell: (row) => row.node.companyName ?? '—' },
          { key: 'links', header: 'Links', align: 'end', cell: (row) => row.node.degree },
          {
            key: 'notes',
            header: 'Notes',
            cell: (row) => (
              <span className="explorer-badges">
                {row.onPath ? <Badge tone="warning">On the path</Badge> : null}
                {row.node.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
              </span>
            ),
          },
          {
            key: 'action',
            header: <VisuallyHidden>Actions</VisuallyHidden>,
            cell: (row) =>
              row.node.id === focusId ? null : (
                <Button size="sm" variant="ghost" onClick={() => onCentre(row.node.id)}>
                  Centre here<VisuallyHidden> on {row.node.label}</VisuallyHidden>
                </Button>
              ),
          },
        ]}
      />
      <Table
        caption={`Links shown (${links.length})`}
        rows={links}
        rowKey={(row) => row.edge.id}
        columns={[
          { key: 'from', header: 'From', rowHeader: true, cell: (row) => row.from },
          { key: 'kind', header: 'Link', cell: (row) => row.kindLabel },
          { key: 'to', header: 'To', cell: (row) => row.to },
          {
            key: 'strength',
            header: 'Strength',
            align: 'end',
            cell: (row) => (
              <>
                {row.edge.strength}
                <span className="muted"> / 100</span>
              </>
            ),
          },
          { key: 'why', header: 'Why', cell: (row) => row.why },
          {
            key: 'path',
            header: 'Path',
            cell: (row) => (row.onPath ? <Badge tone="warning">On the path</Badge> : null),
          },
        ]}
      />
    </div>
  );
}
