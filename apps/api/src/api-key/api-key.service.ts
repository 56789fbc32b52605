import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor, ApiKeyActor } from '../common/actor.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { keysetPage, type Connection, type PageArgs } from '../common/paging.js';
import { API_SCOPES, isApiScope } from '../graphql/scope.js';
import { WebhookSubscriptionEntity } from '../webhook/webhook.entity.js';
import { ApiKeyEntity } from './api-key.entity.js';

/** Every key starts with this, so a leaked one is recognisable (secret scanners, logs, people). */
export const API_KEY_PREFIX = 'rk_live_';
/** How much of the key lists show: the fixed prefix and six random characters. */
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 6;
/** The longest overlap a rotation may give the old key. */
export const MAX_ROTATION_OVERLAP_HOURS = 24 * 30;

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export type KeyProblem = 'unknown' | 'revoked' | 'expired';

export type KeyCheck = { ok: true; actor: ApiKeyActor } | { ok: false; problem: KeyProblem };

export interface NewApiKey {
  apiKey: ApiKeyEntity;
  /** The whole key: returned once, never stored. */
  secret: string;
}

export type ApiKeyStatus = 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'REVOKED';

export function statusOf(row: ApiKeyEntity, now: Date): ApiKeyStatus {
  if (row.revokedAt) return 'REVOKED';
  if (row.expiresAt && row.expiresAt <= now) return 'EXPIRED';
  return row.expiresAt ? 'EXPIRING' : 'ACTIVE';
}

function onlyAdmins(actor: Actor): void {
  const admin = actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'ADMIN');
  if (!admin) throw new ForbiddenError('Only administrators manage API keys.');
}

function checkedName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > 80) {
    throw new InvalidInputError('Name the integration in 1 to 80 characters.', { field: 'name' });
  }
  return name;
}

function checkedScopes(raw: readonly string[]): string[] {
  const unknown = raw.filter((scope) => !isApiScope(scope));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `Unknown scope ${unknown.join(', ')}; the scopes are ${Object.keys(API_SCOPES).join(', ')}.`,
      { field: 'scopes' },
    );
  }
  const scopes = [...new Set(raw)].sort();
  if (scopes.length === 0) {
    throw new InvalidInputError('Give the key at least one scope.', { field: 'scopes' });
  }
  return scopes;
}

export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  /** last_used_at is written at most this often per key, so reads do not all become writes. */
  static readonly TOUCH_EVERY_MS = 60_000;

  private get keys() {
    return this.dataSource.getRepository(ApiKeyEntity);
  }

  private static mint(): { secret: string; keyHash: string; prefix: string } {
    const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return { secret, keyHash: hashApiKey(secret), prefix: secret.slice(0, VISIBLE_LENGTH) };
  }

  async create(
    actor: Actor,
    input: { name: string; scopes: readonly string[] },
    now: Date,
  ): Promise<NewApiKey> {
    onlyAdmins(actor);
    const minted = ApiKeyService.mint();
    const row: ApiKeyEntity = {
      id: randomUUID(),
      name: checkedName(input.name),
      scopes: checkedScopes(input.scopes),
      prefix: minted.prefix,
      keyHash: minted.keyHash,
      createdBy: actor.kind === 'user' ? actor.id : null,
      createdAt: now,
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
      replacedBy: null,
    };
    await this.keys.insert(row);
    return { apiKey: await this.get(actor, row.id), secret: minted.secret };
  }

  async get(actor: Actor, id: string): Promise<ApiKeyEntity> {
    onlyAdmins(actor);
    const row = await this.keys.findOneBy({ id });
    if (!row) throw new NotFoundError('That API key');
    return row;
  }

  /** Newest first. */
  list(actor: Actor, page: PageArgs): Promise<Connection<ApiKeyEntity>> {
    onlyAdmins(actor);
    return keysetPage(this.keys.createQueryBuilder('k'), page, [
      { column: 'k.created_at', value: (row) => row.createdAt, direction: 'DESC' },
      { column: 'k.id', value: (row) => row.id, direction: 'DESC' },
    ]);
  }

  /**
   * Revoking twice is harmless: the first time stays on record. The
   * webhook subscriptions the key made stop with it, in the same
   * transaction: a revoked partner hears nothing more.
   */
  async revoke(actor: Actor, id: string, now: Date): Promise<ApiKeyEntity> {
    onlyAdmins(actor);
    const affected = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(ApiKeyEntity)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: now })
        .where('id = :id AND revoked_at IS NULL', { id })
        .execute();
      await manager
        .getRepository(WebhookSubscriptionEntity)
        .update({ createdByKey: id, active: true }, { active: false });
      return result.affected;
    });
    if (affected === 0) await this.get(actor, id); // NOT_FOUND if it never existed
    return this.get(actor, id);
  }

  /**
   * Makes a successor with the same name and scopes and lets the old key
   * work for `overlapHours` more, so a partner can deploy the new one
   * without an outage. One transaction: there is never a moment with a
   * successor but no end date on the old key, or the other way round.
   */
  async rotate(actor: Actor, id: string, overlapHours: number, now: Date): Promise<NewApiKey> {
    onlyAdmins(actor);
    if (
      !Number.isInteger(overlapHours) ||
      overlapHours < 0 ||
      overlapHours > MAX_ROTATION_OVERLAP_HOURS
    ) {
      throw new InvalidInputError(
        `The overlap must be a whole number of hours from 0 to ${MAX_ROTATION_OVERLAP_HOURS}.`,
        { field: 'overlapHours' },
      );
    }
    const minted = ApiKeyService.mint();
    const successorId = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const keys = manager.getRepository(ApiKeyEntity);
      const old = await keys.findOneBy({ id });
      if (!old) throw new NotFoundError('That API key');
      const status = statusOf(old, now);
      if (status === 'REVOKED' || status === 'EXPIRED') {
        throw new InvalidInputError(
          `That key is ${status.toLowerCase()}; create a new key instead of rotating it.`,
        );
      }
      if (old.replacedBy) {
        throw new InvalidInputError('That key was already rotated; rotate its successor instead.');
      }
      await keys.insert({
        id: successorId,
        name: old.name,
        scopes: old.scopes,
        prefix: minted.prefix,
        keyHash: minted.keyHash,
        createdBy: actor.kind === 'user' ? actor.id : null,
        createdAt: now,
        lastUsedAt: null,
        expiresAt: null,
        revokedAt: null,
        replacedBy: null,
      });
      const overlapEnds = new Date(now.getTime() + overlapHours * 3_600_000);
      const expiresAt = old.expiresAt && old.expiresAt < overlapEnds ? old.expiresAt : overlapEnds;
      await keys.update({ id }, { expiresAt, replacedBy: successorId });
      // The partner's webhook subscriptions belong to the successor: it manages them from now on.
      await manager
        .getRepository(WebhookSubscriptionEntity)
        .update({ createdByKey: id }, { createdByKey: successorId });
    });
    return { apiKey: await this.get(actor, successorId), secret: minted.secret };
  }

  /**
   * Who a bearer key is, or why it is refused. Anything not shaped like one
   * of our keys is 'unknown' without a lookup.
   */
  async authenticate(secret: string, now: Date): Promise<KeyCheck> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 200) {
      return { ok: false, problem: 'unknown' };
    }
    const row = await this.keys.findOneBy({ keyHash: hashApiKey(secret) });
    if (!row) return { ok: false, problem: 'unknown' };
    const status = statusOf(row, now);
    if (status === 'REVOKED') return { ok: false, problem: 'revoked' };
    if (status === 'EXPIRED') return { ok: false, problem: 'expired' };
    if (
      !row.lastUsedAt ||
      now.getTime() - row.lastUsedAt.getTime() >= ApiKeyService.TOUCH_EVERY_MS
    ) {
      await this.keys.update({ id: row.id }, { lastUsedAt: now });
    }
    return {
      ok: true,
      actor: { kind: 'apiKey', keyId: row.id, name: row.name, scopes: row.scopes },
    };
  }
}
