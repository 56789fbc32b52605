import { plural } from '@rapport/client/format';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Tabs } from '@rapport/ui/tabs';
import { useId, useMemo, useState } from 'react';
import { useExplorerParams } from '../hooks/use-explorer-params';
import { useExportNetwork } from '../hooks/use-export-network';
import { useNetworkGraph } from '../hooks/use-network-graph';
import { useNetworkPath } from '../hooks/use-network-path';
import type { FocusKind } from '../utils/explorer-params';
import { layOut } from '../utils/graph-layout';
import { highlightPath, toGraphology, type ExplorerGraph } from '../utils/graph-model';
import { webglAvailable } from '../utils/webgl';
import { BrokersList } from './brokers-list';
import { FocusSearch } from './focus-search';
import { GraphCanvas } from './graph-canvas';
import { GraphFilters } from './graph-filters';
import { GraphLegend } from './graph-legend';
import { GraphListView } from './graph-list-view';
import { PathFinder, type PathEnds } from './path-finder';
import './network-explorer.css';

/**
 * The agency's network around a company or a person: a picture (sigma,
 * WebGL) and the same facts as tables, filters kept in the address, the
 * path between two people, the best-connected people and a CSV export.
 */
export function NetworkExplorer() {
  const { params, update } = useExplorerParams();
  const { graph, loading, notFound, problem, retry } = useNetworkGraph(params);
  const [canDraw, setCanDraw] = useState(webglAvailable);
  const [selected, setSelected] = useState<string | null>(null);
  const [pathFrom, setPathFrom] = useState('');
  const [pathTo, setPathTo] = useState('');
  const [asked, setAsked] = useState<PathEnds | null>(null);
  const pathResult = useNetworkPath(asked);
  const exporter = useExportNetwork();
  const aroundHeading = useId();
  const pathHeading = useId();
  const brokersHeading = useId();

  const focusId = params.focus?.id ?? null;
  const focusNode = graph?.nodes.find((node) => node.id === focusId) ?? null;
  const focusName = focusNode?.label ?? null;
  const people = useMemo(
    () =>
      (graph?.nodes ?? [])
        .filter((node) => node.kind === 'CONTACT')
        .map((node) => ({ id: node.id, label: node.label }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [graph],
  );
  const highlight = useMemo(
    () => highlightPath(pathResult.path, graph?.edges ?? []),
    [pathResult.path, graph],
  );

  const centre = (focus: { id: string; kind: FocusKind }) => {
    setSelected(null);
    setAsked(null);
    update({ focus });
  };
  const centreOnPerson = (id: string) => centre({ id, kind: 'contact' });
  const findPath = (ends: PathEnds) => {
    setPathFrom(ends.fromId);
    setPathTo(ends.toId);
    setAsked(ends);
  };

  const listView = (shown: ExplorerGraph) => (
    <GraphListView
      graph={shown}
      focusId={focusId}
      highlight={highlight}
      onCentre={centreOnPerson}
    />
  );

  return (
    <div className="explorer">
      <FocusSearch onChoose={centre} />

      {params.focus ? (
        <section aria-labelledby={aroundHeading} className="explorer-section">
          <div className="explorer-section__head">
            <h2 id={aroundHeading} className="section-heading">
              {focusName ? `Around ${focusName}` : 'Around the chosen centre'}
            </h2>
            <Button
              onClick={() => void exporter.exportNetwork(params, focusName ?? 'network')}
              busy={exporter.exporting}
              disabled={!graph || params.kinds.length === 0}
            >
              Export CSV
            </Button>
          </div>
          {exporter.problem ? <Alert title="The export failed.">{exporter.problem}</Alert> : null}
          <GraphFilters
            kinds={params.kinds}
            depth={params.depth}
            onKindsChange={(kinds) => update({ kinds })}
            onDepthChange={(depth) => update({ depth })}
          />
          {loading && !graph ? <LoadingIndicator label="Loading the network…" /> : null}
          {notFound ? (
            <EmptyState title="We could not find that company or person">
              It may have been removed or archived. Search for another centre above.
            </EmptyState>
          ) : problem ? (
            <RetryAlert
              title="The network could not be loaded."
              message={problem}
              onRetry={retry}
            />
          ) : null}
          {graph && !notFound && params.kinds.length > 0 ? (
            <>
              <p role="status" className="explorer-summary">
                {loading
                  ? 'Updating…'
                  : `${plural(people.length, 'person', 'people')} and ${plural(
                      graph.edges.filter((edge) => edge.kind !== 'EMPLOYS').length,
                      'link',
                      'links',
                    )} shown.`}
              </p>
              {graph.truncated ? (
                <Alert tone="info" title="Only part of the network is shown.">
                  There are more people within this depth than fit in one picture. Choose fewer
                  kinds of link or a smaller depth, or centre on someone further out.
                </Alert>
              ) : null}
              {canDraw ? (
                <Tabs
                  label="How to show the network"
                  tabs={[
                    {
                      id: 'graph',
                      label: 'Graph',
                      content: (
                        <GraphPicture
                          graph={graph}
                          focusId={focusId}
                          highlight={highlight}
                          selected={selected}
                          onSelect={setSelected}
                          onUnavailable={() => setCanDraw(false)}
                          onCentre={centreOnPerson}
                          onPathFrom={setPathFrom}
                          onPathTo={setPathTo}
                        />
                      ),
                    },
                    { id: 'list', label: 'List view', content: listView(graph) },
                  ]}
                />
              ) : (
                <>
                  <Alert tone="info" title="Shown as a list">
                    This browser cannot draw the graph (WebGL is turned off or unavailable), so the
                    same people and links are listed below.
                  </Alert>
                  {listView(graph)}
                </>
              )}
            </>
          ) : null}
        </section>
      ) : (
        <p className="muted explorer-intro">
          Search for a company or a person above, or centre on one of the best-connected people
          below.
        </p>
      )}

      {params.focus && people.length > 1 ? (
        <section aria-labelledby={pathHeading} className="explorer-section">
          <h2 id={pathHeading} className="section-heading">
            Find a path between two people
          </h2>
          <p className="muted">
            The shortest chain of the agency’s links between them, up to 6 steps, even beyond what
            is drawn; it is highlighted in the graph and marked in the list view.
          </p>
          <PathFinder
            people={people}
            from={pathFrom}
            to={pathTo}
            onFromChange={setPathFrom}
            onToChange={setPathTo}
            onFind={findPath}
            onClear={() => setAsked(null)}
            asked={asked}
            path={pathResult.path}
            answered={pathResult.answered}
            loading={pathResult.loading}
            problem={pathResult.problem}
            onRetry={pathResult.retry}
          />
        </section>
      ) : null}

      <section aria-labelledby={brokersHeading} className="explorer-section">
        <h2 id={brokersHeading} className="section-heading">
          {params.focus?.kind === 'company' && focusName
            ? `Best connected into ${focusName}`
            : 'Best-connected people'}
        </h2>
        <p className="muted">
          {params.focus?.kind === 'company'
            ? 'People with the most links to its staff: the likeliest to introduce a seeker.'
            : 'People whose links reach the most companies: the network’s brokers.'}
        </p>
        <BrokersList
          company={
            params.focus?.kind === 'company' && focusName
              ? { id: params.focus.id, name: focusName }
              : null
          }
          onCentre={centreOnPerson}
        />
      </section>
    </div>
  );
}

interface GraphPictureProps {
  graph: ExplorerGraph;
  focusId: string | null;
  highlight: ReturnType<typeof highlightPath>;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onUnavailable: () => void;
  onCentre: (id: string) => void;
  onPathFrom: (id: string) => void;
  onPathTo: (id: string) => void;
}

/** The drawn graph, its legend, and what a click on a person offers. */
function GraphPicture({
  graph,
  focusId,
  highlight,
  selected,
  onSelect,
  onUnavailable,
  onCentre,
  onPathFrom,
  onPathTo,
}: GraphPictureProps) {
  // Laid out once per answer; a found path only recolours it.
  const positions = useMemo(() => layOut(toGraphology(graph, { focusId })), [graph, focusId]);
  const drawn = useMemo(
    () => toGraphology(graph, { focusId, highlight, positions }),
    [graph, focusId, highlight, positions],
  );
  const node = graph.nodes.find((candidate) => candidate.id === selected) ?? null;
  const people = graph.nodes.filter((candidate) => candidate.kind === 'CONTACT').length;
  const links = graph.edges.filter((edge) => edge.kind !== 'EMPLOYS').length;

  return (
    <div className="explorer-picture">
      <GraphCanvas
        graph={drawn}
        description={`Network graph of ${plural(people, 'person', 'people')} and ${plural(
          links,
          'link',
          'links',
        )}. The List view tab has the same facts as tables.`}
        onSelectNode={onSelect}
        onUnavailable={onUnavailable}
      />
      <GraphLegend />
      {node && node.kind === 'CONTACT' ? (
        <div className="explorer-selected" aria-live="polite">
          <p>
            <strong>{node.label}</strong>
            {node.companyName ? `, ${node.companyName}` : ''} ·{' '}
            {plural(node.degree, 'link', 'links')}
            {node.doNotContact ? ' · do not contact' : ''}
          </p>
          <div className="explorer-selected__actions">
            {node.id !== focusId ? (
              <Button size="sm" onClick={() => onCentre(node.id)}>
                Centre here
              </Button>
            ) : null}
            <Button size="sm" onClick={() => onPathFrom(node.id)}>
              Path from here
            </Button>
            <Button size="sm" onClick={() => onPathTo(node.id)}>
              Path to here
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onSelect(null)}>
              Close
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
