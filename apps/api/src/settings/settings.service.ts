import { changeAskThrottle, DEFAULT_SETTINGS, type AgencySettings } from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { orThrow } from '../common/errors.js';
import { writeTransaction } from '../common/transaction.js';
import { AgencySettingsEntity } from './settings.entity.js';

const ROW_ID = 'agency';

export interface AskThrottleSettings {
  askCap: number;
  askWindowDays: number;
}

export class SettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The settings the rules run with: the stored row over the domain's defaults. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<AgencySettings> {
    const row = await manager.getRepository(AgencySettingsEntity).findOneBy({ id: ROW_ID });
    if (!row) return DEFAULT_SETTINGS;
    return {
      ...DEFAULT_SETTINGS,
      askThrottle: { maxAsks: row.askCap, windowDays: row.askWindowDays },
    };
  }

  async askThrottle(): Promise<AskThrottleSettings> {
    const { askThrottle } = await this.current();
    return { askCap: askThrottle.maxAsks, askWindowDays: askThrottle.windowDays };
  }

  /** The domain checks the ranges; the row is written in one upsert-like transaction. */
  async updateAskThrottle(input: AskThrottleSettings): Promise<AskThrottleSettings> {
    return writeTransaction(this.dataSource, async (manager) => {
      const next = orThrow(
        changeAskThrottle(await this.current(manager), {
          maxAsks: input.askCap,
          windowDays: input.askWindowDays,
        }),
      );
      const repo = manager.getRepository(AgencySettingsEntity);
      const values = {
        askCap: next.askThrottle.maxAsks,
        askWindowDays: next.askThrottle.windowDays,
      };
      if (await repo.existsBy({ id: ROW_ID })) await repo.update({ id: ROW_ID }, values);
      else await repo.insert({ id: ROW_ID, ...values });
      return values;
    });
  }
}
