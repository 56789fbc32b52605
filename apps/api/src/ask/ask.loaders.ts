import {
  DEFAULT_SETTINGS,
  type AgencySettings,
  type RequestStatus,
  type Role,
} from '@rapport/domain';
import DataLoader from 'dataloader';
import { PreloadableLoader } from '../common/preloadable-loader.js';
import type { DataSource } from 'typeorm';
import type { SessionUser } from '../common/actor.js';
import type { ContactEntity } from '../contact/contact.entity.js';
import { CONTACT_COLUMNS, contactFromRow } from '../contact/contact.service.js';
import { instant, sqlOf } from '../db/sql.js';
import type { AskEntity, AskStatusChangeEntity } from './ask.entity.js';
import { ASK_COLUMNS, askFromRow } from './ask.service.js';

/** Splits "a|b" keys made by the resolvers, where a loader needs two values per key. */
const split = (key: string): [string, string] => {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)];
};

export function askLoaders(dataSource: DataSource) {
  const sql = sqlOf(dataSource);
  return {
    /** Contacts by id with no visibility rule: only for rows the caller already may see (an ask's contact). */
    contactById: new PreloadableLoader<string, ContactEntity | null>(async (ids) => {
      const rows = await sql.all<Record<string, unknown>>(
        `SELECT ${CONTACT_COLUMNS} FROM contacts c WHERE c.id IN (:...ids)`,
        { ids },
      );
      const byId = new Map(rows.map((row) => [row.id as string, contactFromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Each ask's history, oldest first. */
    historyByAsk: new DataLoader<string, AskStatusChangeEntity[]>(async (askIds) => {
      const raw = await sql.all<Record<string, unknown>>(
        `SELECT h.id, h.ask_id, h.position, h.status, h.at, h.note FROM ask_status_changes h
          WHERE h.ask_id IN (:...askIds) ORDER BY h.ask_id ASC, h.position ASC`,
        { askIds },
      );
      const byAsk = new Map<string, AskStatusChangeEntity[]>();
      for (const r of raw) {
        const row: AskStatusChangeEntity = {
          id: r.id as string,
          askId: r.ask_id as string,
          position: Number(r.position),
          status: r.status as RequestStatus,
          at: instant(r.at),
          note: r.note as string | null,
        };
        const list = byAsk.get(row.askId);
        if (list) list.push(row);
        else byAsk.set(row.askId, [row]);
      }
      return askIds.map((id) => byAsk.get(id) ?? []);
    }),
    /** Accounts by id, without their password hashes. */
    userById: new DataLoader<string, SessionUser | null>(async (ids) => {
      const rows = await sql.all<{
        id: string;
        email: string;
        name: string;
        role: Role;
        created_at: unknown;
      }>(
        'SELECT u.id, u.email, u.name, u.role, u.created_at FROM users u WHERE u.id IN (:...ids)',
        {
          ids,
        },
      );
      const byId = new Map<string, SessionUser>(
        rows.map((row) => [
          row.id,
          {
            id: row.id,
            email: row.email,
            name: row.name,
            role: row.role,
            createdAt: instant(row.created_at),
          },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The agency settings, read once per request whatever asks for them. */
    agencySettings: new PreloadableLoader<'agency', AgencySettings>(async (keys) => {
      const row = await sql.one<{ ask_cap: number; ask_window_days: number }>(
        'SELECT ask_cap, ask_window_days FROM agency_settings WHERE id = :id',
        { id: 'agency' },
      );
      const settings: AgencySettings = row
        ? {
            ...DEFAULT_SETTINGS,
            askThrottle: { maxAsks: row.ask_cap, windowDays: row.ask_window_days },
          }
        : DEFAULT_SETTINGS;
      return keys.map(() => settings);
    }),
    /** Asks of each person since a window start, by every seeker: keys "personId|windowStartISO". */
    asksInWindow: new PreloadableLoader<string, number>(async (keys) => {
      const byStart = new Map<string, string[]>();
      for (const key of keys) {
        const [personId, start] = split(key);
        byStart.set(start, [...(byStart.get(start) ?? []), personId]);
      }
      const counts = new Map<string, number>();
      for (const [start, people] of byStart) {
        const rows = await sql.all<{ person_id: string; n: string | number }>(
          `SELECT a.person_id, COUNT(*) AS n FROM asks a
            WHERE a.person_id IN (:...people) AND a.asked_at > :start GROUP BY a.person_id`,
          { people, start: new Date(start) },
        );
        for (const row of rows) counts.set(`${row.person_id}|${start}`, Number(row.n));
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
        const rows = await sql.all<Record<string, unknown>>(
          `SELECT ${ASK_COLUMNS} FROM asks a WHERE a.owner_id = :seekerId AND a.person_id IN (:...people)`,
          { seekerId, people },
        );
        for (const raw of rows) {
          const row = askFromRow(raw);
          found.set(`${row.ownerId}|${row.personId}`, row);
        }
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
