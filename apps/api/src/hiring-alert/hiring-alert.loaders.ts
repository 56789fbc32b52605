import { warmCandidates, type WarmCandidate } from '@rapport/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { interviewsAt } from './hiring-alert.service.js';

export function hiringAlertLoaders(dataSource: DataSource) {
  return {
    /** Each company's warm candidates, most recent meeting first: one statement for a page of companies. */
    warmCandidatesByCompany: new DataLoader<string, WarmCandidate[]>(async (companyIds) => {
      const interviews = await interviewsAt(dataSource.manager, companyIds);
      return companyIds.map((id) => warmCandidates(id, interviews));
    }),
  };
}
