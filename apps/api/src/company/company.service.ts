import { randomUUID } from 'node:crypto';
import {
  changeHiringStatus,
  validateCompany,
  type CompanyDraft,
  type HiringStatus,
  type HiringStatusChange,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, orThrow } from '../common/errors.js';
import { writeTransaction } from '../common/transaction.js';
import { toGlobalId } from '../common/global-id.js';
import { likePattern } from '../common/like-pattern.js';
import { plainKeysetPage, type Connection, type PageArgs } from '../common/paging.js';
import { instant, sqlOf } from '../db/sql.js';
import { emitEvent } from '../webhook/outbox.js';
import { CompanyEntity } from './company.entity.js';

export interface CompanyListQuery extends PageArgs {
  search?: string | null;
  hiringStatus?: HiringStatus | null;
}

/**
 * What the hiring-alert concept does when a company starts hiring: alert
 * every seeker who met someone there. It runs inside the transaction that
 * changed the status (given its manager), so the change and its alerts are
 * kept or lost together.
 */
export interface StartedHiringHook {
  alertPastInterviewees(
    manager: EntityManager,
    company: { id: string; name: string },
    change: HiringStatusChange,
  ): Promise<unknown>;
}

/** Every column of a company, for reads with plain SQL (db/sql.ts). */
export const COMPANY_COLUMNS =
  'c.id, c.name, c.name_key, c.website, c.industry, c.office_address, c.hiring_status, c.hiring_status_changed_at, c.created_at, c.updated_at';

/** A company row read with plain SQL, shaped as the entity. */
export function companyFromRow(row: Record<string, unknown>): CompanyEntity {
  return {
    id: row.id as string,
    name: row.name as string,
    nameKey: row.name_key as string,
    website: row.website as string | null,
    industry: row.industry as string | null,
    officeAddress: row.office_address as string | null,
    hiringStatus: row.hiring_status as HiringStatus,
    hiringStatusChangedAt: instant(row.hiring_status_changed_at),
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
  };
}

export class CompanyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly startedHiring?: StartedHiringHook,
  ) {}

  private get companies() {
    return this.dataSource.getRepository(CompanyEntity);
  }

  /** Companies in name order; search matches any part of the name, any case. */
  list(query: CompanyListQuery): Promise<Connection<CompanyEntity>> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const search = query.search?.trim();
    if (search) {
      where.push("c.name_key LIKE :pattern ESCAPE '\\'");
      params.pattern = likePattern(search);
    }
    if (query.hiringStatus) {
      where.push('c.hiring_status = :status');
      params.status = query.hiringStatus;
    }
    return plainKeysetPage(
      sqlOf(this.dataSource),
      {
        select: `SELECT ${COMPANY_COLUMNS} FROM companies c`,
        where,
        params,
        map: companyFromRow,
        count: { select: 'SELECT COUNT(*) AS n FROM companies c' },
      },
      query,
      [
        { column: 'c.name_key', value: (row) => row.nameKey },
        { column: 'c.id', value: (row) => row.id },
      ],
    );
  }

  async get(id: string): Promise<CompanyEntity> {
    const row = await this.companies.findOneBy({ id });
    if (!row) throw new NotFoundError('That company');
    return row;
  }

  async create(draft: CompanyDraft, now: Date): Promise<CompanyEntity> {
    const details = orThrow(validateCompany(draft));
    const id = randomUUID();
    await this.companies.insert({
      id,
      ...details,
      nameKey: details.name.toLowerCase(),
      hiringStatus: 'UNKNOWN',
      hiringStatusChangedAt: now,
    });
    return this.get(id);
  }

  async update(id: string, draft: CompanyDraft): Promise<CompanyEntity> {
    const details = orThrow(validateCompany(draft));
    const result = await this.companies.update(
      { id },
      { ...details, nameKey: details.name.toLowerCase() },
    );
    if (result.affected === 0) throw new NotFoundError('That company');
    return this.get(id);
  }

  /**
   * Read and write in one transaction so two staff members changing the
   * status at once cannot both record a change from the same old status.
   * The webhook announcement is queued in the same transaction: it is sent
   * exactly when the change is kept; so are the hiring alerts of the seekers
   * who met someone there.
   */
  async setHiringStatus(id: string, status: HiringStatus, now: Date): Promise<CompanyEntity> {
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(CompanyEntity);
      const row = await repo.findOneBy({ id });
      if (!row) throw new NotFoundError('That company');
      const change = changeHiringStatus(
        { status: row.hiringStatus, changedAt: row.hiringStatusChangedAt },
        status,
        now,
      );
      if (change.changed) {
        await repo.update(
          { id },
          { hiringStatus: change.status, hiringStatusChangedAt: change.changedAt },
        );
        await emitEvent(
          manager,
          'company.hiring_status_changed',
          {
            company: {
              id: toGlobalId('Company', row.id),
              name: row.name,
              hiringStatus: change.status,
              previousHiringStatus: row.hiringStatus,
              hiringStatusChangedAt: change.changedAt.toISOString(),
            },
          },
          now,
        );
        await this.startedHiring?.alertPastInterviewees(manager, row, change);
      }
      return repo.findOneByOrFail({ id });
    });
  }
}
