import { describe, expect, it } from 'vitest';
import { layOut } from './graph-layout';
import {
  EDGE_STYLE,
  edgeSize,
  highlightPath,
  NODE_COLORS,
  toGraphology,
  type ExplorerEdge,
  type ExplorerNode,
  type ExplorerPath,
} from './graph-model';

const node = (id: string, extra: Partial<ExplorerNode> = {}): ExplorerNode => ({
  __typename: 'GraphNode',
  id,
  label: id.toUpperCase(),
  kind: 'CONTACT',
  companyName: 'Acme',
  degree: 1,
  doNotContact: false,
  ...extra,
});
const edge = (
  id: string,
  source: string,
  target: string,
  kind: ExplorerEdge['kind'],
  strength = 10,
): ExplorerEdge => ({ __typename: 'GraphEdge', id, source, target, kind, strength, reasons: [] });

const end = (id: string) => ({ __typename: 'Contact' as const, id, fullName: id.toUpperCase() });
const hop = (from: string, to: string, kind: ExplorerPath['hops'][number]['kind']) => ({
  __typename: 'IntroHop' as const,
  kind,
  sentence: `${from} ${kind} ${to}`,
  strength: 10,
  recordedAt: '2026-01-01T00:00:00.000Z',
  from: end(from),
  to: end(to),
});

const data = {
  nodes: [
    node('acme', { kind: 'COMPANY', degree: 2 }),
    node('ann', { degree: 3 }),
    node('bo', { doNotContact: true }),
    node('cy'),
  ],
  edges: [
    edge('acme:ann', 'acme', 'ann', 'EMPLOYS', 0),
    edge('e1', 'ann', 'bo', 'REFERRED', 55),
    edge('e2', 'bo', 'cy', 'KNOWS', 10),
    edge('e3', 'ann', 'bo', 'KNOWS', 100),
    // An end the API did not send is skipped, not fatal.
    edge('e4', 'cy', 'ghost', 'KNOWS'),
  ],
};

describe('the explorer graph', () => {
  it('holds every node and edge the API sent, two kinds between one pair included', () => {
    const graph = toGraphology(data, { focusId: 'acme' });
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.edges('ann', 'bo').sort()).toEqual(['e1', 'e3']);
    expect(graph.hasEdge('e4')).toBe(false);
  });

  it('styles nodes by role and edges by kind and strength', () => {
    const graph = toGraphology(data, { focusId: 'acme' });
    expect(graph.getNodeAttribute('acme', 'color')).toBe(NODE_COLORS.focus);
    expect(graph.getNodeAttribute('acme', 'forceLabel')).toBe(true);
    expect(graph.getNodeAttribute('bo', 'color')).toBe(NODE_COLORS.doNotContact);
    expect(graph.getNodeAttribute('cy', 'color')).toBe(NODE_COLORS.contact);
    expect(graph.getNodeAttribute('ann', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('cy', 'size'),
    );
    expect(graph.getEdgeAttribute('e1', 'color')).toBe(EDGE_STYLE.REFERRED.color);
    expect(graph.getEdgeAttribute('e3', 'size')).toBe(5);
    expect(graph.getEdgeAttribute('e2', 'size')).toBe(1);
    expect(edgeSize('KNOWS', 55)).toBe(3);
    expect(edgeSize('EMPLOYS', 0)).toBeLessThan(1);
  });

  it('draws a found path on top and fades the rest', () => {
    const path = { hops: [hop('ann', 'bo', 'KNOWS'), hop('bo', 'cy', 'KNOWS')] };
    const highlight = highlightPath(path, data.edges);
    // The KNOWS link between Ann and Bo, not the REFERRED one; reversed direction still matches.
    expect([...highlight.edgeIds].sort()).toEqual(['e2', 'e3']);
    expect([...highlight.nodeIds].sort()).toEqual(['ann', 'bo', 'cy']);
    const graph = toGraphology(data, { focusId: 'acme', highlight });
    expect(graph.getEdgeAttribute('e3', 'color')).toBe(NODE_COLORS.path);
    expect(graph.getEdgeAttribute('e1', 'color')).toBe(NODE_COLORS.dimmed);
    expect(graph.getNodeAttribute('cy', 'color')).toBe(NODE_COLORS.path);
    expect(graph.getNodeAttribute('acme', 'color')).toBe(NODE_COLORS.dimmed);
  });

  it('matches nothing for hops outside what is drawn', () => {
    const highlight = highlightPath({ hops: [hop('cy', 'zed', 'MET')] }, data.edges);
    expect(highlight.edgeIds.size).toBe(0);
    expect(highlightPath(null, data.edges).nodeIds.size).toBe(0);
  });

  it('lays out the same answer the same way every time', () => {
    const first = layOut(toGraphology(data, { focusId: 'acme' }));
    const second = layOut(toGraphology(data, { focusId: 'acme' }));
    expect([...first]).toEqual([...second]);
    expect(first.size).toBe(4);
    for (const { x, y } of first.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    const placed = toGraphology(data, { focusId: null, positions: first });
    expect(placed.getNodeAttribute('bo', 'x')).toBe(first.get('bo')!.x);
  });
});
