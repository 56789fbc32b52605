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
import type { Actor, SessionUser } from '../common/actor.js';
import { ForbiddenError, RuleBrokenError, orThrow } from '../common/errors.js';
import { keysetPage, type Connection, type PageArgs } from '../common/paging.js';
import { isUniqueViolation, type UniqueKey } from '../db/unique-violation.js';
import { UserEntity } from './user.entity.js';

const USERS_EMAIL_UNIQUE: UniqueKey = {
  constraint: 'uq_users_email',
  table: 'users',
  columns: ['email'],
};

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
    throw new RuleBrokenError('ACCOUNT.EMAIL_TAKEN', 'An account with this email already exists.', {
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

  /** Admins give staff roles; so does the operator at the command line, which is how the first admin is made. */
  async createStaff(actor: Actor, draft: AccountDraft, role: Role): Promise<SessionUser> {
    // An API key never manages accounts, whatever its scopes.
    if (actor.kind === 'apiKey') throw new ForbiddenError('API keys cannot create accounts.');
    orThrow(canCreateStaffAccount(actor.kind === 'system' ? 'ADMIN' : actor.role, role));
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

  /** Staff and admins by name. */
  listStaff(page: PageArgs): Promise<Connection<SessionUser>> {
    const staff = this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.createdAt'])
      .where('u.role IN (:...roles)', { roles: ['STAFF', 'ADMIN'] });
    return keysetPage(staff, page, [
      { column: 'u.name', value: (row) => row.name },
      { column: 'u.id', value: (row) => row.id },
    ]);
  }
}
