import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticId, syntheticNetwork } from './synthetic-network.js';

const window = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2025-01-01T00:00:00Z') };

describe('syntheticNetwork', () => {
  it('is the same network for the same seed, and another for another seed', () => {
    const a = syntheticNetwork({ seed: 7, contacts: 400, connections: 2000, ...window });
    const b = syntheticNetwork({ seed: 7, contacts: 400, connections: 2000, ...window });
    const c = syntheticNetwork({ seed: 8, contacts: 400, connections: 2000, ...window });
    expect([...a.connections()]).toEqual([...b.connections()]);
    expect(a.contacts).toEqual(b.contacts);
    expect([...a.connections()]).not.toEqual([...c.connections()]);
  });

  it('makes the edges asked for, no self-loops or repeated pairs, dated in the window', () => {
    const network = syntheticNetwork({ seed: 1, contacts: 600, connections: 3000, ...window });
    const edges = [...network.connections()];
    expect(edges).toHaveLength(3000);
    const pairs = new Set<string>();
    for (const edge of edges) {
      expect(edge.from.type === edge.to.type && edge.from.index === edge.to.index).toBe(false);
      const key = [`${edge.from.type}${edge.from.index}`, `${edge.to.type}${edge.to.index}`]
        .sort()
        .join('-');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
      expect(edge.recordedAt >= window.from && edge.recordedAt < window.to).toBe(true);
      if (edge.kind === 'MET') {
        expect(edge.from.type).toBe('SEEKER');
        expect(edge.ownerSeekerIndex).toBe(edge.from.index);
      } else {
        expect(edge.ownerSeekerIndex).toBeNull();
      }
    }
  });

  it('clusters by company, with a long tail of company sizes and brokers bridging them', () => {
    const network = syntheticNetwork({ seed: 3, contacts: 4000, connections: 30000, ...window });
    const sizes = network.companies.map(
      (company) => network.contacts.filter((c) => c.companyIndex === company.index).length,
    );
    expect(sizes[0]!).toBeGreaterThan(5 * sizes[sizes.length - 1]!);
    let inside = 0;
    const degree = new Map<number, number>();
    for (const edge of network.connections()) {
      if (edge.from.type !== 'CONTACT') continue;
      const a = network.contacts[edge.from.index]!;
      const b = network.contacts[edge.to.index]!;
      if (a.companyIndex === b.companyIndex) inside += 1;
      for (const end of [a, b]) degree.set(end.index, (degree.get(end.index) ?? 0) + 1);
    }
    expect(inside / 30000).toBeGreaterThan(0.4);
    const brokers = network.contacts.filter((c) => c.broker);
    const averageBroker =
      brokers.reduce((sum, b) => sum + (degree.get(b.index) ?? 0), 0) / brokers.length;
    expect(averageBroker).toBeGreaterThan(10 * (60000 / 4000));
  });

  it('gives UUID-shaped ids that a global id accepts', () => {
    expect(syntheticId('contact', 255, 3)).toBe('c3000000-0000-4000-8000-0000000000ff');
    expect(syntheticId('connection', 0)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('draws numbers in [0, 1) from a seed', () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 1000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(42)()).toBe(draws[0]);
  });
});
