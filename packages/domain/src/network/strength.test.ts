import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, NOW } from '../test-support/fixtures.js';
import {
  connectionStrength,
  type Interaction,
  INTERACTION_KINDS,
  type InteractionKind,
} from './strength.js';

function happened(kind: InteractionKind, daysAgo: number): Interaction {
  return { kind, at: daysAfter(NOW, -daysAgo) };
}

describe('connectionStrength', () => {
  it('is the floor of 10, with no reasons, when nothing is recorded', () => {
    expect(connectionStrength([], NOW)).toEqual({ score: 10, reasons: [] });
  });

  it('scores one meeting today by the documented formula', () => {
    // 20 points → 10 + 90 × (1 − e^(−20/25)) ≈ 59.6
    expect(connectionStrength([happened('MEETING_HELD', 0)], NOW)).toEqual({
      score: 60,
      reasons: [{ kind: 'MEETING_HELD', count: 1, lastAt: NOW, points: 20 }],
    });
  });

  it('halves an interaction’s worth every 180 days', () => {
    const old = connectionStrength([happened('MEETING_HELD', 180)], NOW);
    expect(old.reasons[0]?.points).toBe(10);
    expect(old.score).toBe(40);
  });

  it('gives repeats diminishing returns, most recent first', () => {
    const twice = connectionStrength(
      [happened('MEETING_HELD', 0), happened('MEETING_HELD', 0)],
      NOW,
    );
    expect(twice.reasons[0]?.points).toBe(34);
    const tenTimes = Array.from({ length: 10 }, () => happened('MEETING_HELD', 0));
    // The series 1 + 0.7 + 0.49 + … never passes 1 / 0.3 ≈ 3.33 meetings' worth.
    expect(connectionStrength(tenTimes, NOW).reasons[0]?.points).toBeLessThan(20 / 0.3);
  });

  it('explains the score by kind, biggest contribution first', () => {
    const result = connectionStrength(
      [
        happened('CARD_SENT', 1),
        happened('ASK_ANSWERED', 30),
        happened('MEETING_HELD', 20),
        happened('ASK_ANSWERED', 10),
        happened('REFERRAL_GIVEN', 400),
      ],
      NOW,
    );
    expect(result.reasons.map((r) => [r.kind, r.count])).toEqual([
      ['MEETING_HELD', 1],
      ['ASK_ANSWERED', 2],
      // A card yesterday outweighs a referral more than a year old.
      ['CARD_SENT', 1],
      ['REFERRAL_GIVEN', 1],
    ]);
    expect(result.reasons[1]?.lastAt).toEqual(daysAfter(NOW, -10));
    expect(result.score).toBeGreaterThan(10);
  });

  it('counts a future date as today', () => {
    const result = connectionStrength(
      [
        { kind: 'CARD_SENT', at: daysAfter(NOW, 3) },
        happened('CARD_SENT', 0),
        happened('ASK_ANSWERED', 0),
      ],
      NOW,
    );
    // Two cards today, 4 + 4 × 0.7 = 6.8, outweigh one answered ask's 6.
    expect(result.reasons).toEqual([
      { kind: 'CARD_SENT', count: 2, lastAt: daysAfter(NOW, 3), points: 6.8 },
      { kind: 'ASK_ANSWERED', count: 1, lastAt: NOW, points: 6 },
    ]);
  });

  it('reaches 100 for a long, recent, varied relationship', () => {
    const lots = INTERACTION_KINDS.flatMap((kind) =>
      Array.from({ length: 30 }, () => happened(kind, 0)),
    );
    expect(connectionStrength(lots, NOW).score).toBe(100);
  });
});

describe('properties of connectionStrength', () => {
  const arbInteraction = fc.record({
    kind: fc.constantFrom(...INTERACTION_KINDS),
    at: fc.integer({ min: -2000, max: 5 }).map((days) => daysAfter(NOW, days)),
  });
  const arbInteractions = fc.array(arbInteraction, { maxLength: 25 });

  it('stays between 10 and 100, with one reason per kind that happened', () => {
    fc.assert(
      fc.property(arbInteractions, (interactions) => {
        const { score, reasons } = connectionStrength(interactions, NOW);
        expect(score).toBeGreaterThanOrEqual(10);
        expect(score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(score)).toBe(true);
        expect(reasons.reduce((sum, r) => sum + r.count, 0)).toBe(interactions.length);
        expect(new Set(reasons.map((r) => r.kind)).size).toBe(reasons.length);
      }),
    );
  });

  it('never drops when an interaction is added', () => {
    fc.assert(
      fc.property(arbInteractions, arbInteraction, (interactions, extra) => {
        const before = connectionStrength(interactions, NOW).score;
        expect(connectionStrength([...interactions, extra], NOW).score).toBeGreaterThanOrEqual(
          before,
        );
      }),
    );
  });

  it('never drops when an interaction is more recent', () => {
    fc.assert(
      fc.property(
        fc.array(arbInteraction, { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.integer({ min: 0, max: 2000 }),
        (interactions, pick, laterBy) => {
          const index = pick % interactions.length;
          const moved = interactions.map((interaction, i) =>
            i === index ? { ...interaction, at: daysAfter(interaction.at, laterBy) } : interaction,
          );
          expect(connectionStrength(moved, NOW).score).toBeGreaterThanOrEqual(
            connectionStrength(interactions, NOW).score,
          );
        },
      ),
    );
  });

  it('does not depend on the order interactions are given in', () => {
    fc.assert(
      fc.property(arbInteractions, (interactions) => {
        expect(connectionStrength([...interactions].reverse(), NOW)).toEqual(
          connectionStrength(interactions, NOW),
        );
      }),
    );
  });
});
