import { DEFAULT_SETTINGS, type AgencySettings } from '@rapport/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SessionUser } from '../common/actor.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { AgencySettingsEntity } from '../settings/settings.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { AskEntity, AskStatusChangeEntity } from './ask.entity.js';

/** Splits "a|b" keys made by the resolvers, where a loader needs two values per key. */
const split = (key: string): [string, string] => {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)];
};

export function askLoaders(dataSource: DataSource) {
  return {
    /** Contacts by id with no visibility rule: only for rows the caller already may see (an ask's contact). */
    contactById: new DataLoader<string, ContactEntity | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(ContactEntity)
        .createQueryBuilder('c')
        .where('c.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Each ask's history, oldest first. */
    historyByAsk: new DataLoader<string, AskStatusChangeEntity[]>(async (askIds) => {
      const rows = await dataSource
        .getRepository(AskStatusChangeEntity)
        .createQueryBuilder('h')
        .where('h.ask_id IN (:...askIds)', { askIds: [...askIds] })
        .orderBy('h.at', 'ASC')
        .addOrderBy('h.id', 'ASC')
        .getMany();
      const byAsk = new Map<string, AskStatusChangeEntity[]>();
      for (const row of rows) byAsk.set(row.askId, [...(byAsk.get(row.askId) ?? []), row]);
      return askIds.map((id) => byAsk.get(id) ?? []);
    }),
    /** Accounts by id, without their password hashes. */
    userById: new DataLoader<string, SessionUser | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.createdAt'])
        .where('u.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The agency settings, read once per request whatever asks for them. */
    agencySettings: new DataLoader<'agency', AgencySettings>(async (keys) => {
      const row = await dataSource.getRepository(AgencySettingsEntity).findOneBy({ id: 'agency' });
      const settings: AgencySettings = row
        ? {
            ...DEFAULT_SETTINGS,
            askThrottle: { maxAsks: row.askCap, windowDays: row.askWindowDays },
          }
        : DEFAULT_SETTINGS;
      return keys.map(() => settings);
    }),
    /** Asks of each person since a window start, by every seeker: keys "personId|windowStartISO". */
    asksInWindow: new DataLoader<string, number>(async (keys) => {
      const byStart = new Map<string, string[]>();
      for (const key of keys) {
        const [personId, start] = split(key);
        byStart.set(start, [...(byStart.get(start) ?? []), personId]);
      }
      const counts = new Map<string, number>();
      for (const [start, people] of byStart) {
        const rows: { personId: string; count: string | number }[] = await dataSource
          .getRepository(AskEntity)
          .createQueryBuilder('a')
          .select('a.person_id', 'personId')
          .addSelect('COUNT(*)', 'count')
          .where('a.person_id IN (:...people)', { people })
          .andWhere('a.asked_at > :start', { start: new Date(start) })
          .groupBy('a.person_id')
          .getRawMany();
        for (const row of rows) counts.set(`${row.personId}|${start}`, Number(row.count));
      }
      return keys.map((key) => counts.get(key) ?? 0);
    }),
    /** A seeker's ask of each person: keys "seekerId|personId". */
    askBySeekerAndPerson: new DataLoader<string, AskEntity | null>(async (keys) => {
      const bySeeker = new Map<string, string[]>();
      for (const key of keys) {
        const [seekerId, personId] = split(key);
        bySeeker.set(seekerId, [...(bySeeker.get(seekerId) ?? []), personId]);
      }
      const found = new Map<string, AskEntity>();
      for (const [seekerId, people] of bySeeker) {
        const rows = await dataSource
          .getRepository(AskEntity)
          .createQueryBuilder('a')
          .where('a.owner_id = :seekerId AND a.person_id IN (:...people)', { seekerId, people })
          .getMany();
        for (const row of rows) found.set(`${row.ownerId}|${row.personId}`, row);
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
