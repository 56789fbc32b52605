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
import { domainError, orThrow } from '../common/errors.js';
import type { SessionUser } from '../graphql/context.js';
import { UserEntity } from './user.entity.js';

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
    const valid = orThrow(validateAccount(draft));
    const existing = await this.users.exists({ where: { email: valid.email } });
    if (existing) {
      throw domainError({
        code: 'ACCOUNT.EMAIL_TAKEN',
        message: 'An account with this email already exists.',
        field: 'email',
      });
    }
    const row = this.users.create({
      id: randomUUID(),
      email: valid.email,
      name: valid.name,
      role,
      passwordHash: await hashPassword(valid.password),
    });
    await this.users.insert(row);
    const saved = await this.users.findOneByOrFail({ id: row.id });
    return toSessionUser(saved);
  }

  async signUpSeeker(draft: AccountDraft): Promise<SessionUser> {
    return this.create(draft, 'SEEKER');
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
    const row = await this.users.findOneBy({ email: email.toLowerCase() });
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
