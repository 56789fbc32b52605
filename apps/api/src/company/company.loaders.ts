import type { DataSource } from 'typeorm';
import { PreloadableLoader } from '../common/preloadable-loader.js';
import { sqlOf } from '../db/sql.js';
import type { CompanyEntity } from './company.entity.js';
import { COMPANY_COLUMNS, companyFromRow } from './company.service.js';

export function companyLoaders(dataSource: DataSource) {
  const sql = sqlOf(dataSource);
  return {
    /** Companies by id, for fields that point at one (a contact's employer). */
    companyById: new PreloadableLoader<string, CompanyEntity | null>(async (ids) => {
      const rows = await sql.all<Record<string, unknown>>(
        `SELECT ${COMPANY_COLUMNS} FROM companies c WHERE c.id IN (:...ids)`,
        { ids },
      );
      const byId = new Map(rows.map((row) => [row.id as string, companyFromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /**
     * Agency contacts per company (seekers' private contacts are not
     * counted), from the (company_id, owner_id) index alone. One statement per request.
     */
    agencyContactCount: new PreloadableLoader<string, number>(async (companyIds) => {
      const rows = await sql.all<{ company_id: string; n: string | number }>(
        `SELECT ct.company_id, COUNT(*) AS n FROM contacts ct
          WHERE ct.company_id IN (:...ids) AND ct.owner_id IS NULL GROUP BY ct.company_id`,
        { ids: companyIds },
      );
      const counts = new Map(rows.map((row) => [row.company_id, Number(row.n)]));
      return companyIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

/** The companies rows point at, each once: the keys to preload companyById with. */
export function companyIdsOf(rows: readonly { companyId: string | null }[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.companyId ? [row.companyId] : [])))];
}
