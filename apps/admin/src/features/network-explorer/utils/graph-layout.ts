import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerGraphology } from './graph-model';

/**
 * Lays the graph out with ForceAtlas2 for a fixed number of rounds (no
 * worker, no timer: the same graph always lands in the same place) and
 * returns where each node ended up. Stronger ties pull harder; a company
 * holds its own people close.
 */
export function layOut(graph: ExplorerGraphology): Map<string, { x: number; y: number }> {
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: graph.order > 300 ? 80 : 150,
      settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false },
      getEdgeWeight: (_edge, attributes) =>
        attributes.kind === 'EMPLOYS' ? 1 : 0.5 + attributes.strength / 50,
    });
  }
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, attributes) =>
    positions.set(node, { x: attributes.x, y: attributes.y }),
  );
  return positions;
}
