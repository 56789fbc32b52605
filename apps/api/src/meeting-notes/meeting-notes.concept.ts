import { defineConcept } from '../concept.js';
import { PreparationService } from '../preparation/preparation.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { MeetingNoteQuestionEntity, MeetingNotesEntity } from './meeting-notes.entity.js';
import { MeetingNotesResolver, MeetingQuestionNoteResolver } from './meeting-notes.resolver.js';
import { MeetingNotesService } from './meeting-notes.service.js';
import { MeetingNotes1771000400000 } from './migrations/1771000400000-meeting-notes.js';

export const meetingNotesConcept = defineConcept({
  name: 'meetingNotes',
  entities: [MeetingNotesEntity, MeetingNoteQuestionEntity],
  resolvers: [MeetingNotesResolver, MeetingQuestionNoteResolver],
  migrations: [MeetingNotes1771000400000],
  services: ({ dataSource }) => ({
    meetingNotes: new MeetingNotesService(
      dataSource,
      new SettingsService(dataSource),
      new PreparationService(dataSource),
    ),
  }),
});
