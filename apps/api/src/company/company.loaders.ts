import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ContactEntity } from '../contact/contact.entity.js';
import { CompanyEntity } from './company.entity.js';

export function companyLoaders(dataSource: DataSource) {
  return {
    /** Companies by id, for fields that point at one (a contact's employer). */
    companyById: new DataLoader<string, CompanyEntity | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(CompanyEntity)
        .createQueryBuilder('c')
        .where('c.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Agency contacts per company (seekers' private contacts are not counted). One statement per request. */
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
