import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, NOW } from '../test-support/fixtures.js';
import { computeFunnel, type FunnelEvent, FUNNEL_STAGES, type FunnelStage } from './funnel.js';

let n = 0;
function event(stage: FunnelStage, extra: Partial<FunnelEvent> = {}): FunnelEvent {
  n += 1;
  return {
    id: `e${n}`,
    stage,
    at: NOW,
    seekerId: 's1',
    contactId: 'c1',
    companyId: 'acme',
    staffId: 'coach-1',
    ...extra,
  };
}

const events: FunnelEvent[] = [
  ...Array.from({ length: 4 }, () => event('ASKED')),
  ...Array.from({ length: 2 }, () =>
    event('ASKED', { seekerId: 's2', contactId: 'c2', companyId: 'globex', staffId: null }),
  ),
  event('ACCEPTED'),
  event('ACCEPTED'),
  event('ACCEPTED', { seekerId: 's2', contactId: 'c2', companyId: 'globex', staffId: null }),
  event('MET'),
  event('MET'),
  event('REFERRAL'),
  event('REFERRAL'),
  event('REFERRAL'),
  event('REFERRAL_MET'),
  event('HIRED'),
];

describe('computeFunnel', () => {
  it('counts each stage and converts stage to stage', () => {
    const report = computeFunnel({ events });
    expect(report.dimension).toBe('ALL');
    expect(report.total).toEqual({
      key: null,
      counts: { ASKED: 6, ACCEPTED: 3, MET: 2, REFERRAL: 3, REFERRAL_MET: 1, HIRED: 1 },
      rates: { ACCEPTED: 0.5, MET: 2 / 3, REFERRAL: 1.5, REFERRAL_MET: 1 / 3, HIRED: 1 },
      overall: 1 / 6,
    });
    expect(report.rows).toEqual([report.total]);
  });

  it.each([
    ['SEEKER', ['s1', 's2']],
    ['CONTACT', ['c1', 'c2']],
    ['COMPANY', ['acme', 'globex']],
    ['STAFF', ['coach-1', null]],
  ] as const)('groups by %s', (dimension, keys) => {
    const report = computeFunnel({ events, dimension });
    expect(report.rows.map((r) => r.key)).toEqual(keys);
    expect(report.rows[0]?.counts).toEqual({
      ASKED: 4,
      ACCEPTED: 2,
      MET: 2,
      REFERRAL: 3,
      REFERRAL_MET: 1,
      HIRED: 1,
    });
    expect(report.rows[1]).toMatchObject({
      counts: { ASKED: 2, ACCEPTED: 1, MET: 0 },
      rates: { ACCEPTED: 0.5, MET: 0, REFERRAL: null, REFERRAL_MET: null, HIRED: null },
      overall: 0,
    });
  });

  it('counts a replayed event once', () => {
    const once = event('ASKED');
    expect(computeFunnel({ events: [once, once, { ...once }] }).total.counts.ASKED).toBe(1);
  });

  it('keeps to the period [from, to)', () => {
    const old = event('ASKED', { at: daysAfter(NOW, -10) });
    const edge = event('ASKED', { at: daysAfter(NOW, 1) });
    const report = computeFunnel({
      events: [old, event('ASKED'), edge],
      from: daysAfter(NOW, -1),
      to: daysAfter(NOW, 1),
    });
    expect(report.total.counts.ASKED).toBe(1);
    expect(report).toMatchObject({ from: daysAfter(NOW, -1), to: daysAfter(NOW, 1) });
  });

  it('has no rates without a base', () => {
    expect(computeFunnel({ events: [] }).total).toMatchObject({
      overall: null,
      rates: { ACCEPTED: null },
    });
    expect(computeFunnel({ events: [] }).rows).toEqual([]);
  });

  it('orders rows by asks, then hires, then key', () => {
    const rows = computeFunnel({
      dimension: 'SEEKER',
      events: [
        event('ASKED', { seekerId: 'b' }),
        event('ASKED', { seekerId: 'a' }),
        event('HIRED', { seekerId: 'c' }),
        event('ASKED', { seekerId: 'c' }),
      ],
    }).rows;
    expect(rows.map((r) => r.key)).toEqual(['c', 'a', 'b']);
  });

  it('property: the rows add up to the total for every dimension', () => {
    const arbEvent = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      stage: fc.constantFrom(...FUNNEL_STAGES),
      at: fc.constant(NOW),
      seekerId: fc.constantFrom('s1', 's2'),
      contactId: fc.option(fc.constantFrom('c1', 'c2'), { nil: null }),
      companyId: fc.option(fc.constantFrom('x', 'y'), { nil: null }),
      staffId: fc.option(fc.constantFrom('t1', 't2'), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbEvent, { maxLength: 30 }),
        fc.constantFrom('ALL', 'SEEKER', 'CONTACT', 'COMPANY', 'STAFF' as const),
        (list, dimension) => {
          const report = computeFunnel({ events: list, dimension });
          for (const stage of FUNNEL_STAGES) {
            const sum = report.rows.reduce((acc, row) => acc + row.counts[stage], 0);
            expect(sum).toBe(report.total.counts[stage]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
