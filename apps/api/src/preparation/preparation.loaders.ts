import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ChecklistTickEntity, MeetingQuestionEntity } from './preparation.entity.js';

/** Groups rows by meeting, in the order the query returned them. */
function byMeeting<Row extends { meetingId: string }>(
  ids: readonly string[],
  rows: readonly Row[],
): Row[][] {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.meetingId);
    if (list) list.push(row);
    else grouped.set(row.meetingId, [row]);
  }
  return ids.map((id) => grouped.get(id) ?? []);
}

export function preparationLoaders(dataSource: DataSource) {
  return {
    /** Each meeting's question list, in order: one statement for any number of meetings. */
    questionsByMeeting: new DataLoader<string, MeetingQuestionEntity[]>(async (ids) =>
      byMeeting(
        ids,
        await dataSource
          .getRepository(MeetingQuestionEntity)
          .createQueryBuilder('q')
          .where('q.meeting_id IN (:...ids)', { ids: [...ids] })
          .orderBy('q.meeting_id', 'ASC')
          .addOrderBy('q.position', 'ASC')
          .addOrderBy('q.id', 'ASC')
          .getMany(),
      ),
    ),
    /** Each meeting's ticked checklist items. */
    checklistTicksByMeeting: new DataLoader<string, ChecklistTickEntity[]>(async (ids) =>
      byMeeting(
        ids,
        await dataSource
          .getRepository(ChecklistTickEntity)
          .createQueryBuilder('t')
          .where('t.meeting_id IN (:...ids)', { ids: [...ids] })
          .getMany(),
      ),
    ),
  };
}
