import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@rapport/domain';
import { LessThan, type DataSource } from 'typeorm';
import type { SessionUser } from '../common/actor.js';
import { UserEntity } from '../user/user.entity.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'rapport_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlHours: number,
  ) {}

  /** Starts a session and returns the token for the cookie (never stored in clear). */
  async start(userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.ttlHours * 3_600_000);
    await this.dataSource.getRepository(SessionEntity).insert({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** The user behind a cookie token, in one query; null when unknown or expired. */
  async resolve(
    token: string,
    now: Date,
  ): Promise<{ user: SessionUser; tokenHash: string } | null> {
    const tokenHash = hashToken(token);
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(SessionEntity, 's', 's.user_id = u.id')
      .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.createdAt'])
      .where('s.token_hash = :tokenHash', { tokenHash })
      .andWhere('s.expires_at > :now', { now })
      .getOne();
    if (!row) return null;
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

  /** Expired sessions are useless; removed at start so the table does not grow without bound. */
  async purgeExpired(now: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ expiresAt: LessThan(now) });
  }
}
