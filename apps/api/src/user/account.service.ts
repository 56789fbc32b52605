import { randomUUID } from 'node:crypto';
import {
  canCreateStaffAccount,
  normalizeEmail,
  validateAccount,
  type AccountDraft,
  type Role,
} from '@rapport/domain';
import type { DataSource } from 'typeorm';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from '../auth/password.js';
import { checkPasswordStrength } from '../auth/password-policy.js';
import { domainError, orThrow } from '../common/errors.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { SessionUser } from '../graphql/context.js';
import { UserEntity } from './user.entity.js';

const USERS_EMAIL_UNIQUE = { constraint: 'uq_users_email', table: 'users', column: 'email' };

const toSessionUser = (row: UserEntity): SessionUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: row.createdAt,
});

export class AccountService {
  constructor(private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  /** Creates an account with a role; the caller has already checked who may give that role. */
  async create(draft: AccountDraft, role: Role): Promise<SessionUser> {
    const created = await this.insertAccount(draft, role);
    if (created) return created;
    throw domainError({
      code: 'ACCOUNT.EMAIL_TAKEN',
      message: 'An account with this email already exists.',
      field: 'email',
    });
  }

  /**
   * The new account, or null when the email is taken. The password is hashed
   * before the insert in both cases, so a taken email answers as slowly as a
   * new one; the unique index, not an earlier lookup, decides, so concurrent
   * sign-ups with one email cannot slip between a check and the insert.
   */
  private async insertAccount(draft: AccountDraft, role: Role): Promise<SessionUser | null> {
    const valid = orThrow(validateAccount(draft));
    orThrow(checkPasswordStrength(valid.password, [valid.email, valid.name]));
    const row = this.users.create({
      id: randomUUID(),
      email: valid.email,
      name: valid.name,
      role,
      passwordHash: await hashPassword(valid.password),
    });
    try {
      await this.users.insert(row);
    } catch (error) {
      if (isUniqueViolation(error, USERS_EMAIL_UNIQUE)) return null;
      throw error;
    }
    return toSessionUser(await this.users.findOneByOrFail({ id: row.id }));
  }

  /**
   * Registers a seeker. A taken email ends quietly, exactly like a new one
   * (same work, same answer), so sign-up cannot be used to learn who has an
   * account; the owner of that email simply signs in with their own password.
   */
  async signUpSeeker(draft: AccountDraft): Promise<void> {
    await this.insertAccount(draft, 'SEEKER');
  }

  async createStaff(actor: SessionUser, draft: AccountDraft, role: Role): Promise<SessionUser> {
    orThrow(canCreateStaffAccount(actor.role, role));
    return this.create(draft, role);
  }

  /** The user for these credentials, or null; takes as long for an unknown email as for a wrong password. */
  async checkCredentials(email: string, password: string): Promise<SessionUser | null> {
    const normalized = normalizeEmail(email);
    const row = normalized.ok ? await this.users.findOneBy({ email: normalized.value }) : null;
    const matches = await verifyPassword(password, row?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    return row && matches ? toSessionUser(row) : null;
  }

  async findByEmail(email: string): Promise<SessionUser | null> {
    const normalized = normalizeEmail(email);
    const row = await this.users.findOneBy({
      email: normalized.ok ? normalized.value : email.toLowerCase(),
    });
    return row ? toSessionUser(row) : null;
  }

  /** Staff and admins by name, one page at a time (keyset on name, id). */
  async listStaff(
    first: number,
    after: { name: string; id: string } | null,
  ): Promise<{ rows: SessionUser[]; total: number }> {
    const base = this.users
      .createQueryBuilder('u')
      .where('u.role IN (:...roles)', { roles: ['STAFF', 'ADMIN'] });
    const total = await base.clone().getCount();
    const page = base
      .clone()
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(first + 1);
    if (after) {
      page.andWhere('(u.name > :name OR (u.name = :name AND u.id > :id))', after);
    }
    const rows = await page.getMany();
    return { rows: rows.map(toSessionUser), total };
  }
}
