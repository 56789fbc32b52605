import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  SchedulingLinkEntity,
  SchedulingProposalEntity,
  SchedulingSlotEntity,
} from './scheduling.entity.js';

/** Rows grouped by a key, in the order the query returned them. */
function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export function schedulingLoaders(dataSource: DataSource) {
  return {
    /** Each proposal's slot rows, earliest first (the seeker's and the contact's). */
    slotsByProposal: new DataLoader<string, SchedulingSlotEntity[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(SchedulingSlotEntity)
        .createQueryBuilder('s')
        .where('s.proposal_id IN (:...ids)', { ids: [...ids] })
        .orderBy('s.starts_at', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .getMany();
      const byProposal = groupBy(rows, (row) => row.proposalId);
      return ids.map((id) => byProposal.get(id) ?? []);
    }),
    /** The link the contact can still use for each proposal: unanswered and not replaced. */
    liveLinkByProposal: new DataLoader<string, SchedulingLinkEntity | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(SchedulingLinkEntity)
        .createQueryBuilder('l')
        .where('l.proposal_id IN (:...ids)', { ids: [...ids] })
        .andWhere('l.used_at IS NULL AND l.replaced_at IS NULL')
        .getMany();
      const byProposal = new Map(rows.map((row) => [row.proposalId, row]));
      return ids.map((id) => byProposal.get(id) ?? null);
    }),
    /**
     * Each ask's latest proposal, with no ownership rule: only for asks the
     * caller may already see.
     */
    latestProposalByAsk: new DataLoader<string, SchedulingProposalEntity | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(SchedulingProposalEntity)
        .createQueryBuilder('p')
        .where('p.ask_id IN (:...ids)', { ids: [...ids] })
        .orderBy('p.proposed_at', 'DESC')
        .addOrderBy('p.id', 'DESC')
        .getMany();
      const byAsk = groupBy(rows, (row) => row.askId);
      return ids.map((id) => byAsk.get(id)?.[0] ?? null);
    }),
  };
}
