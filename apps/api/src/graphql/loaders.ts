import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ContactEntity } from '../contact/contact.entity.js';

/**
 * Made fresh for every request, so batching happens within one operation and
 * nothing is cached across users. Every relation or aggregate field goes
 * through one of these: one SQL statement per field per operation, however
 * long the list.
 */
export function createLoaders(dataSource: DataSource) {
  return {
    /** Agency contacts per company (seekers' private contacts are not counted). */
    agencyContactCount: new DataLoader<string, number>(async (companyIds) => {
      const rows: { companyId: string; count: string | number }[] = await dataSource
        .getRepository(ContactEntity)
        .createQueryBuilder('ct')
        .select('ct.company_id', 'companyId')
        .addSelect('COUNT(*)', 'count')
        .where('ct.company_id IN (:...ids)', { ids: [...companyIds] })
        .andWhere('ct.owner_id IS NULL')
        .groupBy('ct.company_id')
        .getRawMany();
      const counts = new Map(rows.map((row) => [row.companyId, Number(row.count)]));
      return companyIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
