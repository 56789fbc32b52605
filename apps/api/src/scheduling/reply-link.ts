import { randomBytes, randomUUID } from 'node:crypto';
import { schedulingLinkExpiresAt, type SlotProposal } from '@rapport/domain';
import { IsNull, type EntityManager } from 'typeorm';
import { hashToken } from '../auth/session.service.js';
import { HourlyThrottle } from '../auth/sign-in-guard.js';
import { SchedulingLinkEntity } from './scheduling.entity.js';

/** 32 random bytes: 256 bits, far past guessing (at least 128 are required). */
export const REPLY_TOKEN_BYTES = 32;

/** Longer than any token we make; anything longer is not looked up at all. */
const MAX_TOKEN_LENGTH = 128;

/** The SHA-256 of a token, as stored; null for input that cannot be a token. */
export function replyTokenHash(token: string): string | null {
  const trimmed = token.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TOKEN_LENGTH) return null;
  return hashToken(trimmed);
}

export interface IssuedLink {
  /** Shown to the seeker once; only its hash is kept. */
  token: string;
  expiresAt: Date;
}

/**
 * Makes the link for a proposal's current times. Earlier links of the same
 * proposal that were never answered stop opening (replaced), so only the
 * newest link the seeker sent works. `token` is for the demo data only,
 * which documents a known link; everything else gets a random one.
 */
export async function issueReplyLink(
  manager: EntityManager,
  proposal: SlotProposal,
  now: Date,
  token: string = randomBytes(REPLY_TOKEN_BYTES).toString('base64url'),
): Promise<IssuedLink> {
  await manager.update(
    SchedulingLinkEntity,
    { proposalId: proposal.id, usedAt: IsNull(), replacedAt: IsNull() },
    { replacedAt: now },
  );
  const expiresAt = schedulingLinkExpiresAt(proposal);
  await manager.insert(SchedulingLinkEntity, {
    id: randomUUID(),
    proposalId: proposal.id,
    tokenHash: hashToken(token),
    expiresAt,
    usedAt: null,
    replacedAt: null,
    createdAt: now,
  });
  return { token, expiresAt };
}

/**
 * The public reply page's limits: `perHour` requests to one link (a contact
 * opens it, perhaps reloads, answers once), and four times as many from one
 * address across links, so one machine cannot sweep through tokens or hammer
 * a link it was given. Kept in memory, like the sign-in guard.
 */
export class ReplyLinkThrottle {
  private readonly byLink: HourlyThrottle;
  private readonly byAddress: HourlyThrottle;

  constructor(perHour: number) {
    this.byLink = new HourlyThrottle('reply-link', perHour);
    this.byAddress = new HourlyThrottle('reply-address', perHour * 4);
  }

  /** Counts one request; the seconds to wait when over either limit, else 0. */
  async take(address: string, token: string): Promise<number> {
    const byAddress = await this.byAddress.take(address);
    if (byAddress > 0) return byAddress;
    // Keyed by the hash, so the tokens themselves are not kept in memory.
    return this.byLink.take(replyTokenHash(token) ?? 'not-a-token');
  }
}
