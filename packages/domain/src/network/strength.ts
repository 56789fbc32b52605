import { DAY_MS } from '../request/request-status.js';

/**
 * What Rapport records between two people. Strength is earned from these,
 * never typed in: a tie is as strong as what actually happened along it.
 */
export const INTERACTION_KINDS = [
  'MEETING_HELD',
  'REFERRAL_GIVEN',
  'ASK_ANSWERED',
  'CARD_SENT',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Interaction {
  kind: InteractionKind;
  at: Date;
}

/**
 * The formula, in one place so the UI can explain it:
 *
 *   points(kind) = weight(kind) × Σᵢ repeatFactorⁱ × 0.5^(ageᵢ / halfLifeDays)
 *
 * over that kind's interactions sorted most recent first (i = 0, 1, …), with
 * an age in days (future dates count as today). Recency: an interaction
 * loses half its worth every half-life. Frequency with diminishing returns:
 * the second meeting adds 70% of what the first did, the third 49%, so
 * repetition helps but one kind cannot grow without bound.
 *
 *   score = round(floor + (ceiling − floor) × (1 − e^(−Σ points / saturation)))
 *
 * which starts at 10 with nothing recorded, climbs quickly for the first
 * real interactions and approaches 100 for a long, recent, varied
 * relationship. Every step is non-decreasing, so more interactions, or more
 * recent ones, never lower the score.
 *
 * Weights: a meeting held is the clearest sign of a relationship; giving a
 * referral shows trust; answering an ask is a short exchange; a card is
 * one-way courtesy.
 */
export const STRENGTH_MODEL = {
  weights: { MEETING_HELD: 20, REFERRAL_GIVEN: 15, ASK_ANSWERED: 6, CARD_SENT: 4 },
  halfLifeDays: 180,
  repeatFactor: 0.7,
  saturation: 25,
  floor: 10,
  ceiling: 100,
} as const satisfies {
  weights: { readonly [K in InteractionKind]: number };
  halfLifeDays: number;
  repeatFactor: number;
  saturation: number;
  floor: number;
  ceiling: number;
};

export interface StrengthReason {
  kind: InteractionKind;
  count: number;
  lastAt: Date;
  /** This kind's share of the points, to one decimal, for "2 meetings, last in May: +31". */
  points: number;
}

export interface ConnectionStrength {
  /** 10 to 100. */
  score: number;
  /** One per kind that happened, the biggest contribution first. */
  reasons: StrengthReason[];
}

/**
 * The strength of the tie between two people from the interactions
 * recorded between them (the caller selects those). Pure: `now` is passed in.
 */
export function connectionStrength(
  interactions: readonly Interaction[],
  now: Date,
): ConnectionStrength {
  const { weights, halfLifeDays, repeatFactor, saturation, floor, ceiling } = STRENGTH_MODEL;
  const byKind = new Map<InteractionKind, number[]>();
  for (const interaction of interactions) {
    const list = byKind.get(interaction.kind);
    const at = interaction.at.getTime();
    if (list) list.push(at);
    else byKind.set(interaction.kind, [at]);
  }
  let total = 0;
  const reasons: (StrengthReason & { exact: number })[] = [];
  for (const kind of INTERACTION_KINDS) {
    const times = byKind.get(kind);
    if (!times) continue;
    times.sort((a, b) => b - a);
    let exact = 0;
    times.forEach((at, rank) => {
      const ageDays = Math.max(0, now.getTime() - at) / DAY_MS;
      exact += repeatFactor ** rank * 0.5 ** (ageDays / halfLifeDays);
    });
    exact *= weights[kind];
    total += exact;
    reasons.push({
      kind,
      count: times.length,
      lastAt: new Date(times[0] as number),
      points: Math.round(exact * 10) / 10,
      exact,
    });
  }
  const score = Math.round(floor + (ceiling - floor) * (1 - Math.exp(-total / saturation)));
  // Reasons were built in INTERACTION_KINDS order and sort is stable, so equal ones keep it.
  reasons.sort((a, b) => b.exact - a.exact);
  return {
    score: Math.min(ceiling, Math.max(floor, score)),
    reasons: reasons.map(({ kind, count, lastAt, points }) => ({ kind, count, lastAt, points })),
  };
}
