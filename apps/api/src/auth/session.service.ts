import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@rapport/domain';
import { LessThan, type DataSource } from 'typeorm';
import type { SessionUser } from '../common/actor.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'rapport_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SessionService {
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
  async resolve(
    token: string,
    now: Date,
  ): Promise<{ user: SessionUser; tokenHash: string } | null> {
    const tokenHash = hashToken(token);
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoin('s.user', 'u')
      .select(['s.tokenHash', 's.createdAt', 's.lastSeenAt'])
      .addSelect(['u.id', 'u.email', 'u.name', 'u.role', 'u.createdAt'])
      .where('s.token_hash = :tokenHash', { tokenHash })
      .andWhere('s.expires_at > :now', { now })
      .andWhere('COALESCE(s.last_seen_at, s.created_at) > :idleCutoff', {
        idleCutoff: this.idleCutoff(now),
      })
      .getOne();
    const row = session?.user;
    if (!session || !row) return null;
    const lastSeen = session.lastSeenAt ?? session.createdAt;
    if (now.getTime() - lastSeen.getTime() >= SessionService.TOUCH_EVERY_MS) {
      await this.dataSource.getRepository(SessionEntity).update({ tokenHash }, { lastSeenAt: now });
    }
    return {
      tokenHash,
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role as Role,
        createdAt: row.createdAt,
      },
    };
  }

  async end(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ tokenHash });
  }

  /** Expired and idle sessions are useless; removed at start so the table does not grow without bound. */
  async purgeExpired(now: Date): Promise<void> {
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
