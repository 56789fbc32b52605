import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@rapport/domain';
import { LessThan, type DataSource } from 'typeorm';
import type { SessionUser } from '../common/actor.js';
import { instant, sqlOf } from '../db/sql.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'rapport_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What a resolved session is, as every request sees it. */
export interface ResolvedSession {
  user: SessionUser;
  tokenHash: string;
}

interface CachedSession {
  session: ResolvedSession;
  /** The clock's time when it was read from the database. */
  readAt: number;
  expiresAt: number;
  lastSeenAt: number;
}

export class SessionService {
  /**
   * How long a session read from the database is trusted without reading it
   * again. Every request resolves its cookie, and the lookup (a hash, a
   * join, a row) was the one statement every operation paid. Sign-out in
   * this process forgets the entry at once; another process serving the
   * same database (several API processes behind one proxy) keeps trusting
   * its copy for at most this long, so an ended session can still be used
   * there for a few seconds. Expiry and idle time are still checked against
   * the cached row on every request.
   */
  static readonly CACHE_MS = 5_000;
  /** Bounded: one entry per session in use in the last few seconds. */
  private static readonly CACHE_ENTRIES = 10_000;
  private readonly cache = new Map<string, CachedSession>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlHours: number,
    private readonly idleMinutes: number,
  ) {}

  /**
   * Recording every request's time would turn every read into a write; a
   * session is touched at most once a minute, so it ends between
   * idleMinutes and idleMinutes + 1 after its last use.
   */
  private static readonly TOUCH_EVERY_MS = 60_000;

  private idleCutoff(now: Date): Date {
    return new Date(now.getTime() - this.idleMinutes * 60_000);
  }

  /** Starts a session and returns the token for the cookie (never stored in clear). */
  async start(userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.ttlHours * 3_600_000);
    await this.dataSource.getRepository(SessionEntity).insert({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
    });
    return { token, expiresAt };
  }

  /** The user behind a cookie token; null when unknown, expired or idle too long. */
  async resolve(token: string, now: Date): Promise<ResolvedSession | null> {
    const tokenHash = hashToken(token);
    const at = now.getTime();
    const cached = this.cache.get(tokenHash);
    if (cached) {
      const fresh = at >= cached.readAt && at - cached.readAt < SessionService.CACHE_MS;
      if (fresh && at < cached.expiresAt && cached.lastSeenAt > this.idleCutoff(now).getTime()) {
        if (at - cached.lastSeenAt >= SessionService.TOUCH_EVERY_MS) {
          await this.touch(tokenHash, now);
          cached.lastSeenAt = at;
        }
        return cached.session;
      }
      this.cache.delete(tokenHash);
    }
    const row = await sqlOf(this.dataSource).one<{
      created_at: unknown;
      last_seen_at: unknown;
      expires_at: unknown;
      id: string;
      email: string;
      name: string;
      role: string;
      user_created_at: unknown;
    }>(
      `SELECT s.created_at, s.last_seen_at, s.expires_at,
              u.id, u.email, u.name, u.role, u.created_at AS user_created_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = :tokenHash AND s.expires_at > :now
          AND COALESCE(s.last_seen_at, s.created_at) > :idleCutoff`,
      { tokenHash, now, idleCutoff: this.idleCutoff(now) },
    );
    if (!row) return null;
    let lastSeen = instant(row.last_seen_at ?? row.created_at).getTime();
    if (at - lastSeen >= SessionService.TOUCH_EVERY_MS) {
      await this.touch(tokenHash, now);
      lastSeen = at;
    }
    const resolved: ResolvedSession = {
      tokenHash,
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role as Role,
        createdAt: instant(row.user_created_at),
      },
    };
    if (this.cache.size >= SessionService.CACHE_ENTRIES) this.cache.clear();
    this.cache.set(tokenHash, {
      session: resolved,
      readAt: at,
      expiresAt: instant(row.expires_at).getTime(),
      lastSeenAt: lastSeen,
    });
    return resolved;
  }

  private async touch(tokenHash: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ tokenHash }, { lastSeenAt: now });
  }

  async end(tokenHash: string): Promise<void> {
    this.cache.delete(tokenHash);
    await this.dataSource.getRepository(SessionEntity).delete({ tokenHash });
  }

  /** Expired and idle sessions are useless; removed at start so the table does not grow without bound. */
  async purgeExpired(now: Date): Promise<void> {
    this.cache.clear();
    const sessions = this.dataSource.getRepository(SessionEntity);
    await sessions.delete({ expiresAt: LessThan(now) });
    await sessions
      .createQueryBuilder()
      .delete()
      .where('COALESCE(last_seen_at, created_at) <= :idleCutoff', {
        idleCutoff: this.idleCutoff(now),
      })
      .execute();
  }
}
