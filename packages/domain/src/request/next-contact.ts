import { canSeeConnection, CONNECTION_WEIGHTS, type Connection } from '../network/connection.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { compareText } from '../text.js';
import type { AskRecord } from './ask-throttle.js';

/** A contact row the seeker could ask, as the suggestion rules see it. */
export interface CandidateContact {
  id: string;
  /** The person behind the row; suggestions are per person, never twice for one. */
  personId: string;
  companyId: string | null;
  /**
   * True when the person is do-not-contact on any of their records. The API
   * reads the flag per person; as a second guard, one flagged row here is
   * enough to leave the person out.
   */
  doNotContact: boolean;
  name?: string | null;
}

/** A person who was referred to this seeker in a wrap-up. */
export interface ReferredPerson {
  personId: string;
  recordedAt: Date;
}

/** What the suggestions need of the seeker's own asks. */
export type OwnAsk = Pick<AskRecord, 'contactId' | 'personId' | 'status'>;

/** Suggestions come in this order: the same company, then referrals, then the wider network. */
export const SUGGESTION_REASONS = ['SAME_COMPANY', 'REFERRAL', 'NETWORK'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface NextContactSuggestion {
  contactId: string;
  personId: string;
  reason: SuggestionReason;
  /** How warmly placed the person is for this seeker (see warmth below); orders within a reason. */
  strength: number;
  message: string;
}

/**
 * Everything comes in pre-loaded so the function stays pure and linear; the
 * API fills it from indexed queries rather than whole tables:
 * - `contacts`: candidate rows the seeker may see, e.g. the other people at
 *   `companyId` (index on company), the seeker's referrals (index on
 *   seeker), and the first few hundred of the agency network by recent
 *   activity. Only these can be suggested.
 * - `ownAsks`: every ask this seeker ever made (index on seeker).
 * - `recentAskCounts`: asks per person inside the throttle window by every
 *   seeker, this one included (one grouped query over the candidates'
 *   person ids, `askedAt > throttleWindowStart(now)`). countRecentAsks builds
 *   it from records.
 * - `connections`: edges touching the candidates (index on each end).
 */
export interface NextContactInput {
  seekerId: string;
  /** The company of the person who declined or did not answer; its other people come first. */
  companyId?: string | null;
  contacts: readonly CandidateContact[];
  ownAsks: readonly OwnAsk[];
  recentAskCounts: ReadonlyMap<string, number>;
  referrals?: readonly ReferredPerson[];
  connections?: readonly Connection[];
  settings?: AgencySettings;
  limit?: number;
}

const MESSAGES: { readonly [K in SuggestionReason]: (name: string) => string } = {
  SAME_COMPANY: (name) =>
    `${name} works at the same company, so your research there still pays off.`,
  REFERRAL: (name) => `${name} was referred to you: follow up while the introduction is fresh.`,
  NETWORK: (name) => `${name} is in the agency's network and has not been asked by you yet.`,
};

interface Ranked {
  contact: CandidateContact;
  reason: SuggestionReason;
  order: number;
}

function earliestReferrals(referrals: readonly ReferredPerson[]): Map<string, number> {
  const referredAt = new Map<string, number>();
  for (const referral of referrals) {
    const earlier = referredAt.get(referral.personId);
    const at = referral.recordedAt.getTime();
    if (earlier === undefined || at < earlier) referredAt.set(referral.personId, at);
  }
  return referredAt;
}

/**
 * How well placed each candidate is for a warm introduction: every edge the
 * seeker may see counts by its kind's weight, double when its other end is
 * the seeker or someone the seeker has met, because that person can
 * introduce them. One pass over the edges, summed per person.
 */
function warmthByPerson(
  input: NextContactInput,
  personOfContact: ReadonlyMap<string, string>,
  metContactIds: ReadonlySet<string>,
): Map<string, number> {
  const warmth = new Map<string, number>();
  const viewer = { id: input.seekerId, role: 'SEEKER' as const };
  for (const edge of input.connections ?? []) {
    if (!canSeeConnection(viewer, edge)) continue;
    for (const [end, other] of [
      [edge.from, edge.to],
      [edge.to, edge.from],
    ] as const) {
      const personId = end.type === 'CONTACT' ? personOfContact.get(end.id) : undefined;
      if (personId === undefined) continue;
      const warm =
        (other.type === 'SEEKER' && other.id === input.seekerId) ||
        (other.type === 'CONTACT' && metContactIds.has(other.id));
      const points = CONNECTION_WEIGHTS[edge.kind] * (warm ? 2 : 1);
      warmth.set(personId, (warmth.get(personId) ?? 0) + points);
    }
  }
  return warmth;
}

/**
 * Who to ask next after a decline or a silence. Never a person the seeker
 * has already asked (whatever the answer, under any of the person's
 * records), never a do-not-contact person, never a person the agency's
 * throttle would refuse today because other seekers used the asks.
 *
 * Work is one pass over each input plus sorting the survivors: no input is
 * scanned once per candidate.
 */
export function suggestNextContacts(input: NextContactInput): NextContactSuggestion[] {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const limit = input.limit ?? settings.suggestionLimit;
  const asked = new Set<string>();
  const metContactIds = new Set<string>();
  for (const ask of input.ownAsks) {
    asked.add(ask.personId);
    if (ask.status === 'ACCEPTED') metContactIds.add(ask.contactId);
  }
  const referredAt = earliestReferrals(input.referrals ?? []);
  const flagged = new Set<string>();
  const personOfContact = new Map<string, string>();
  // One row per person: the one with the best reason, then the smallest id.
  const best = new Map<string, Ranked>();
  for (const contact of input.contacts) {
    personOfContact.set(contact.id, contact.personId);
    if (contact.doNotContact) flagged.add(contact.personId);
    const reason: SuggestionReason =
      input.companyId != null && contact.companyId === input.companyId
        ? 'SAME_COMPANY'
        : referredAt.has(contact.personId)
          ? 'REFERRAL'
          : 'NETWORK';
    const order = SUGGESTION_REASONS.indexOf(reason);
    const current = best.get(contact.personId);
    if (
      !current ||
      order < current.order ||
      (order === current.order && compareText(contact.id, current.contact.id) < 0)
    ) {
      best.set(contact.personId, { contact, reason, order });
    }
  }
  const warmth = warmthByPerson(input, personOfContact, metContactIds);
  const { maxAsks } = settings.askThrottle;
  const ranked = [...best.values()]
    .filter(
      ({ contact }) =>
        !flagged.has(contact.personId) &&
        !asked.has(contact.personId) &&
        (input.recentAskCounts.get(contact.personId) ?? 0) < maxAsks,
    )
    .map((entry) => ({
      ...entry,
      name: entry.contact.name ?? 'This contact',
      strength: warmth.get(entry.contact.personId) ?? 0,
    }));
  ranked.sort(
    (a, b) =>
      a.order - b.order ||
      b.strength - a.strength ||
      (referredAt.get(a.contact.personId) ?? 0) - (referredAt.get(b.contact.personId) ?? 0) ||
      compareText(a.name, b.name) ||
      compareText(a.contact.id, b.contact.id),
  );
  return ranked.slice(0, limit).map(({ contact, reason, strength, name }) => ({
    contactId: contact.id,
    personId: contact.personId,
    reason,
    strength,
    message: MESSAGES[reason](name),
  }));
}
