import type { MeetingNotes } from '@rapport/domain';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import {
  MeetingNoteQuestionEntity,
  MeetingNotesEntity,
} from '../meeting-notes/meeting-notes.entity.js';
import { notesOf } from '../meeting-notes/meeting-notes.service.js';
import type { ThankYouCardEntity } from './thank-you-card.entity.js';
import { cardsOfMeetings } from './thank-you.service.js';

export function thankYouLoaders(dataSource: DataSource) {
  return {
    /** Each meeting's thank-you note, if it has one. Only for meetings already checked. */
    thankYouCardByMeeting: new DataLoader<string, ThankYouCardEntity | null>((ids) =>
      cardsOfMeetings(dataSource, ids),
    ),
    /**
     * What the seeker noted in meeting mode, for the card's draft: two
     * statements for any number of meetings. Only for meetings already checked.
     */
    notesForDraft: new DataLoader<string, MeetingNotes | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(MeetingNotesEntity)
        .findBy({ meetingId: In([...ids]) });
      const questions =
        rows.length === 0
          ? []
          : await dataSource.getRepository(MeetingNoteQuestionEntity).find({
              where: { meetingId: In(rows.map((row) => row.meetingId)) },
              order: { meetingId: 'ASC', position: 'ASC' },
            });
      const byMeeting = new Map(
        rows.map((row) => [
          row.meetingId,
          notesOf(
            row,
            questions.filter((q) => q.meetingId === row.meetingId),
          ),
        ]),
      );
      return ids.map((id) => byMeeting.get(id) ?? null);
    }),
  };
}
