import { compareText } from '../text.js';

export const FUNNEL_STAGES = [
  'ASKED',
  'ACCEPTED',
  'MET',
  'REFERRAL',
  'REFERRAL_MET',
  'HIRED',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const FUNNEL_STAGE_LABELS: { readonly [K in FunnelStage]: string } = {
  ASKED: 'Asks',
  ACCEPTED: 'Accepted',
  MET: 'Meetings',
  REFERRAL: 'Referrals',
  REFERRAL_MET: 'Referral meetings',
  HIRED: 'Hires',
};

export const FUNNEL_DIMENSIONS = ['ALL', 'SEEKER', 'CONTACT', 'COMPANY', 'STAFF'] as const;
export type FunnelDimension = (typeof FUNNEL_DIMENSIONS)[number];

/**
 * Something that moved a seeker along the funnel. The API writes one when a
 * request is made or accepted, a meeting completed, a referral recorded, a
 * meeting with a referred contact completed, or a placement made.
 */
export interface FunnelEvent {
  /** Events are counted once per id, so a replayed event does not inflate the funnel. */
  id: string;
  stage: FunnelStage;
  at: Date;
  seekerId: string;
  contactId: string | null;
  companyId: string | null;
  /** The staff member coaching the seeker at the time. */
  staffId: string | null;
}

export type StageCounts = Record<FunnelStage, number>;

export interface FunnelRow {
  /** The seeker, contact, company or staff id; null for the whole funnel or events without one. */
  key: string | null;
  counts: StageCounts;
  /**
   * Each stage divided by the one before it (null when that is zero). The
   * referral rate is referrals per meeting and may exceed 1.
   */
  rates: Record<Exclude<FunnelStage, 'ASKED'>, number | null>;
  /** Hires per ask. */
  overall: number | null;
}

export interface FunnelReport {
  dimension: FunnelDimension;
  from: Date | null;
  to: Date | null;
  total: FunnelRow;
  rows: FunnelRow[];
}

const KEY_OF: { readonly [K in FunnelDimension]: (event: FunnelEvent) => string | null } = {
  ALL: () => null,
  SEEKER: (event) => event.seekerId,
  CONTACT: (event) => event.contactId,
  COMPANY: (event) => event.companyId,
  STAFF: (event) => event.staffId,
};

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function rowFor(key: string | null, counts: StageCounts): FunnelRow {
  return {
    key,
    counts,
    rates: {
      ACCEPTED: ratio(counts.ACCEPTED, counts.ASKED),
      MET: ratio(counts.MET, counts.ACCEPTED),
      REFERRAL: ratio(counts.REFERRAL, counts.MET),
      REFERRAL_MET: ratio(counts.REFERRAL_MET, counts.REFERRAL),
      HIRED: ratio(counts.HIRED, counts.REFERRAL_MET),
    },
    overall: ratio(counts.HIRED, counts.ASKED),
  };
}

function emptyCounts(): StageCounts {
  return { ASKED: 0, ACCEPTED: 0, MET: 0, REFERRAL: 0, REFERRAL_MET: 0, HIRED: 0 };
}

/**
 * Counts and conversion rates asks → accepted → met → referrals → referral
 * meetings → hires, for the whole agency and per seeker, contact, company or
 * staff member, over [from, to) when given. Rows are ordered by asks, then
 * hires, then key (events without a key last).
 */
export function computeFunnel(input: {
  events: readonly FunnelEvent[];
  dimension?: FunnelDimension;
  from?: Date | null;
  to?: Date | null;
}): FunnelReport {
  const dimension = input.dimension ?? 'ALL';
  const from = input.from ?? null;
  const to = input.to ?? null;
  const seen = new Set<string>();
  const total = emptyCounts();
  const byKey = new Map<string | null, StageCounts>();
  for (const event of input.events) {
    if (seen.has(event.id)) continue;
    if (from && event.at < from) continue;
    if (to && event.at >= to) continue;
    seen.add(event.id);
    total[event.stage] += 1;
    const key = KEY_OF[dimension](event);
    const counts = byKey.get(key) ?? emptyCounts();
    counts[event.stage] += 1;
    byKey.set(key, counts);
  }
  const rows = [...byKey.entries()]
    .map(([key, counts]) => rowFor(key, counts))
    .sort(
      (a, b) =>
        b.counts.ASKED - a.counts.ASKED ||
        b.counts.HIRED - a.counts.HIRED ||
        (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
        compareText(String(a.key), String(b.key)),
    );
  return { dimension, from, to, total: rowFor(null, total), rows };
}
