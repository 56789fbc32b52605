import { describe, expect, it } from 'vitest';
import type { ExplorerEdge, ExplorerNode } from './graph-model';
import { listRows, reasonsText } from './list-rows';

const node = (
  id: string,
  degree: number,
  kind: ExplorerNode['kind'] = 'CONTACT',
): ExplorerNode => ({
  __typename: 'GraphNode',
  id,
  label: id,
  kind,
  companyName: 'Acme',
  degree,
  doNotContact: false,
});
const edge = (
  id: string,
  source: string,
  target: string,
  kind: ExplorerEdge['kind'],
  strength: number,
): ExplorerEdge => ({ __typename: 'GraphEdge', id, source, target, kind, strength, reasons: [] });

describe('the list view', () => {
  const graph = {
    nodes: [node('Acme', 2, 'COMPANY'), node('Ann', 1), node('Bo', 3), node('Cy', 3)],
    edges: [
      edge('w', 'Acme', 'Ann', 'EMPLOYS', 0),
      edge('e1', 'Ann', 'Bo', 'KNOWS', 10),
      edge('e2', 'Bo', 'Cy', 'REFERRED', 60),
      edge('e3', 'Cy', 'Ann', 'WORKS_WITH', 30),
    ],
  };
  const none = { nodeIds: new Set<string>(), edgeIds: new Set<string>() };

  it('lists the focus first, then the best-connected people, without the company', () => {
    expect(listRows(graph, 'Ann', none).people.map((row) => row.node.label)).toEqual([
      'Ann',
      'Bo',
      'Cy',
    ]);
    expect(listRows(graph, null, none).people.map((row) => row.node.label)).toEqual([
      'Bo',
      'Cy',
      'Ann',
    ]);
  });

  it('lists links strongest first, a found path on top, in words', () => {
    const links = listRows(graph, null, none).links;
    expect(links.map((row) => [row.from, row.kindLabel, row.to, row.edge.strength])).toEqual([
      ['Bo', 'Referred', 'Cy', 60],
      ['Cy', 'Works with', 'Ann', 30],
      ['Ann', 'Knows', 'Bo', 10],
    ]);
    const withPath = listRows(graph, null, {
      nodeIds: new Set(['Ann', 'Bo']),
      edgeIds: new Set(['e1']),
    });
    expect(withPath.links[0]).toMatchObject({ from: 'Ann', to: 'Bo', onPath: true });
    expect(withPath.people.find((row) => row.node.id === 'Bo')?.onPath).toBe(true);
  });

  it('explains a strength by what was recorded', () => {
    expect(reasonsText([])).toBe('Nothing recorded between them yet');
    expect(
      reasonsText([
        {
          __typename: 'StrengthReason',
          kind: 'MEETING_HELD',
          count: 2,
          lastAt: '2026-03-04T12:00:00Z',
        },
        {
          __typename: 'StrengthReason',
          kind: 'REFERRAL_GIVEN',
          count: 1,
          lastAt: '2026-02-01T12:00:00Z',
        },
      ]),
    ).toBe('2 meetings held (latest Mar 4, 2026); 1 referral given (Feb 1, 2026)');
  });
});
