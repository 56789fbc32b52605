import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AskEntity } from '../ask/ask.entity.js';
import { MeetingEntity, MeetingRescheduleEntity } from './meeting.entity.js';

export function meetingLoaders(dataSource: DataSource) {
  return {
    /** Each meeting's reschedule rows, in the order they happened. */
    reschedulesByMeeting: new DataLoader<string, MeetingRescheduleEntity[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(MeetingRescheduleEntity)
        .createQueryBuilder('r')
        .where('r.meeting_id IN (:...ids)', { ids: [...ids] })
        .orderBy('r.meeting_id', 'ASC')
        .addOrderBy('r.position', 'ASC')
        .getMany();
      const byMeeting = new Map<string, MeetingRescheduleEntity[]>();
      for (const row of rows) {
        byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row]);
      }
      return ids.map((id) => byMeeting.get(id) ?? []);
    }),
    /** Asks by id with no ownership rule: only for rows the caller already may see (a meeting's ask). */
    askById: new DataLoader<string, AskEntity | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(AskEntity)
        .createQueryBuilder('a')
        .where('a.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /**
     * Each ask's latest meeting (a cancelled one may have been replaced),
     * with no ownership rule: only for asks the caller may already see.
     */
    latestMeetingByAsk: new DataLoader<string, MeetingEntity | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .where('m.ask_id IN (:...ids)', { ids: [...ids] })
        .orderBy('m.created_at', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .getMany();
      const byAsk = new Map<string, MeetingEntity>();
      for (const row of rows) if (!byAsk.has(row.askId)) byAsk.set(row.askId, row);
      return ids.map((id) => byAsk.get(id) ?? null);
    }),
    /** Meetings by id with no ownership rule: only for rows already checked. */
    meetingById: new DataLoader<string, MeetingEntity | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .where('m.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
