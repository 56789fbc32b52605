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
import type { Actor, SessionUser } from '../common/actor.js';
import { RuleBrokenError, orThrow } from '../common/errors.js';
import { keysetPage, type Connection, type PageArgs } from '../common/paging.js';
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
      throw new RuleBrokenError(
        'ACCOUNT.EMAIL_TAKEN',
        'An account with this email already exists.',
        {
          field: 'email',
        },
      );
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

  /** Admins give staff roles; so does the operator at the command line, which is how the first admin is made. */
  async createStaff(actor: Actor, draft: AccountDraft, role: Role): Promise<SessionUser> {
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
    const row = await this.users.findOneBy({ email: email.toLowerCase() });
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
