import { changeAskThrottle, DEFAULT_SETTINGS, type AgencySettings } from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { orThrow } from '../common/errors.js';
import { writeTransaction } from '../common/transaction.js';
import { sqlOf } from '../db/sql.js';
import { AgencySettingsEntity } from './settings.entity.js';

const ROW_ID = 'agency';

const INPUT_FIELDS: Record<string, keyof AskThrottleSettings> = {
  'askThrottle.maxAsks': 'askCap',
  'askThrottle.windowDays': 'askWindowDays',
};

export interface AskThrottleSettings {
  askCap: number;
  askWindowDays: number;
}

export class SettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The settings the rules run with: the stored row over the domain's defaults. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<AgencySettings> {
    // Outside a transaction (every read of a screen) with plain SQL.
    const row =
      manager === this.dataSource.manager
        ? await sqlOf(this.dataSource).one<{ askCap: number; askWindowDays: number }>(
            'SELECT ask_cap AS "askCap", ask_window_days AS "askWindowDays" FROM agency_settings WHERE id = :id',
            { id: ROW_ID },
          )
        : await manager.getRepository(AgencySettingsEntity).findOneBy({ id: ROW_ID });
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
      const checked = changeAskThrottle(await this.current(manager), {
        maxAsks: input.askCap,
        windowDays: input.askWindowDays,
      });
      // A refusal names the input's field (askCap), not the domain's path
      // (askThrottle.maxAsks), so a form shows it beside the box that was wrong.
      const next = orThrow(
        checked.ok || !checked.error.field
          ? checked
          : {
              ok: false,
              error: {
                ...checked.error,
                field: INPUT_FIELDS[checked.error.field] ?? checked.error.field,
              },
            },
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
