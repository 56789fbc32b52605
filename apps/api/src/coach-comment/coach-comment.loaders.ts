import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CoachCommentEntity } from './coach-comment.entity.js';

export function coachCommentLoaders(dataSource: DataSource) {
  return {
    /** Each meeting's coach comments, oldest first: one statement for any number of meetings. */
    coachCommentsByMeeting: new DataLoader<string, CoachCommentEntity[]>(async (meetingIds) => {
      const rows = await dataSource
        .getRepository(CoachCommentEntity)
        .createQueryBuilder('cc')
        .where('cc.meeting_id IN (:...meetingIds)', { meetingIds: [...meetingIds] })
        .orderBy('cc.meeting_id', 'ASC')
        .addOrderBy('cc.created_at', 'ASC')
        .addOrderBy('cc.id', 'ASC')
        .getMany();
      const byMeeting = new Map<string, CoachCommentEntity[]>();
      for (const row of rows) {
        byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row]);
      }
      return meetingIds.map((id) => byMeeting.get(id) ?? []);
    }),
  };
}
