import { connectionStrength, type Connection } from '../network/connection.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { compareText } from '../text.js';
import { askThrottleState, type AskRecord } from './ask-throttle.js';

/** A person the seeker could ask, as the suggestion rules see them. */
export interface CandidateContact {
  id: string;
  companyId: string | null;
  doNotContact: boolean;
  name?: string | null;
}

/** A contact who was referred to this seeker in a wrap-up. */
export interface ReferredContact {
  contactId: string;
  recordedAt: Date;
}

/** Suggestions come in this order: the same company, then referrals, then the wider network. */
export const SUGGESTION_REASONS = ['SAME_COMPANY', 'REFERRAL', 'NETWORK'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface NextContactSuggestion {
  contactId: string;
  reason: SuggestionReason;
  strength: number;
  message: string;
}

export interface NextContactInput {
  seekerId: string;
  /** The company of the contact who declined or did not answer; its other people come first. */
  companyId?: string | null;
  /** Everyone the seeker may see. */
  contacts: readonly CandidateContact[];
  /**
   * The seeker's own asks, plus other seekers' asks of the candidates so
   * that contacts at the agency's cap are left out.
   */
  asks: readonly AskRecord[];
  referrals?: readonly ReferredContact[];
  connections?: readonly Connection[];
  now: Date;
  settings?: AgencySettings;
  limit?: number;
}

const MESSAGES: { readonly [K in SuggestionReason]: (name: string) => string } = {
  SAME_COMPANY: (name) =>
    `${name} works at the same company, so your research there still pays off.`,
  REFERRAL: (name) => `${name} was referred to you: follow up while the introduction is fresh.`,
  NETWORK: (name) => `${name} is in the agency's network and has not been asked by you yet.`,
};

/**
 * Who to ask next after a decline or a silence. Never someone the seeker has
 * already asked (whatever the answer), never a do-not-contact person, never
 * a contact the agency's throttle would refuse today.
 */
export function suggestNextContacts(input: NextContactInput): NextContactSuggestion[] {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const limit = input.limit ?? settings.suggestionLimit;
  const ownAsks = input.asks.filter((ask) => ask.seekerId === input.seekerId);
  const asked = new Set(ownAsks.map((ask) => ask.contactId));
  const acquaintanceIds = new Set(
    ownAsks.filter((ask) => ask.status === 'ACCEPTED').map((ask) => ask.contactId),
  );
  const referredAt = new Map<string, number>();
  for (const referral of input.referrals ?? []) {
    const earlier = referredAt.get(referral.contactId);
    const at = referral.recordedAt.getTime();
    if (earlier === undefined || at < earlier) referredAt.set(referral.contactId, at);
  }
  // Should a person appear twice, one do-not-contact flag is enough to leave them out.
  const doNotContact = new Set(input.contacts.filter((c) => c.doNotContact).map((c) => c.id));
  const connections = input.connections ?? [];
  const seen = new Set<string>();
  const ranked: (NextContactSuggestion & { order: number; name: string })[] = [];
  for (const contact of input.contacts) {
    if (doNotContact.has(contact.id) || asked.has(contact.id) || seen.has(contact.id)) continue;
    seen.add(contact.id);
    if (askThrottleState(contact.id, input.asks, input.now, settings).remaining === 0) continue;
    const reason: SuggestionReason =
      input.companyId != null && contact.companyId === input.companyId
        ? 'SAME_COMPANY'
        : referredAt.has(contact.id)
          ? 'REFERRAL'
          : 'NETWORK';
    const name = contact.name ?? 'This contact';
    ranked.push({
      contactId: contact.id,
      reason,
      strength: connectionStrength(contact.id, {
        seekerId: input.seekerId,
        acquaintanceIds,
        connections,
      }),
      message: MESSAGES[reason](name),
      order: SUGGESTION_REASONS.indexOf(reason),
      name,
    });
  }
  ranked.sort(
    (a, b) =>
      a.order - b.order ||
      b.strength - a.strength ||
      (referredAt.get(a.contactId) ?? 0) - (referredAt.get(b.contactId) ?? 0) ||
      compareText(a.name, b.name) ||
      compareText(a.contactId, b.contactId),
  );
  return ranked
    .slice(0, limit)
    .map(({ contactId, reason, strength, message }) => ({ contactId, reason, strength, message }));
}
