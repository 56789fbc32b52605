import { NOTE_EDIT_OUTCOMES, type NoteEditOutcome, type QuestionCategory } from '@rapport/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Scope } from '../graphql/scope.js';
import { enumOf } from '../common/enum-of.js';
import { QuestionCategoryEnum } from '../preparation/preparation.type.js';

export const NoteEditOutcomeEnum = enumOf(NOTE_EDIT_OUTCOMES);
registerEnumType(NoteEditOutcomeEnum, {
  name: 'NoteEditOutcome',
  description:
    'What a save did. APPLIED: the text is now what was sent. MERGED: the save was typed on an older revision, so the newer text was kept and the sent text added after it (show the merged text). UNCHANGED: the text already held what was sent (a retried save).',
});

/**
 * Resolvers return the domain's MeetingNotes (with the agency's warning)
 * as they are; the resolvers add the global ids and the progress.
 */
@Scope('interviews:read')
@ObjectType('NoteText', {
  description: 'Text that may be edited from more than one device, with its revision.',
  simpleResolvers: true,
})
export class NoteTextType {
  @Field(() => String, { description: 'The text as saved; empty before anything was written.' })
  text: string;

  @Field(() => Int, {
    description:
      'Bumped by every save that changed the text; 0 before anything was written. Send it back as `baseRevision` with the next save.',
  })
  revision: number;

  @Field(() => Date, { nullable: true, description: 'When the server last changed the text.' })
  updatedAt: Date | null;
}

@Scope('interviews:read')
@ObjectType('MeetingQuestionNote', {
  description:
    'A question of meeting mode: its words as planned, whether it was asked, and a note.',
  simpleResolvers: true,
})
export class MeetingQuestionNoteType {
  @Field(() => QuestionCategoryEnum, { description: 'What the question is about.' })
  category: QuestionCategory;

  @Field(() => String, {
    description: 'The question as it was planned when meeting mode took it.',
  })
  question: string;

  @Field(() => Boolean, { description: 'Ticked as asked.' })
  asked: boolean;

  @Field(() => Date, { nullable: true, description: 'When the tick last changed.' })
  askedChangedAt: Date | null;

  @Field(() => NoteTextType, { description: 'What the seeker wrote about the answer.' })
  note: NoteTextType;
}

@Scope('interviews:read')
@ObjectType('MeetingNotesProgress', {
  description: 'How far through the question list the seeker is.',
  simpleResolvers: true,
})
export class MeetingNotesProgressType {
  @Field(() => Int, { description: 'Questions ticked as asked.' })
  asked: number;

  @Field(() => Int, { description: 'Questions on the list.' })
  total: number;

  @Field(() => Boolean, {
    description:
      'Whether a REFERRALS question was ticked: the one question a meeting should not end without.',
  })
  referralsAsked: boolean;
}

@Scope('interviews:read')
@ObjectType('MeetingNotes', {
  description:
    "Meeting mode's notes for one meeting: the questions to tick, a note per question and free notes. Only the meeting's seeker (and staff, to coach) can read them.",
  simpleResolvers: true,
})
export class MeetingNotesType {
  @Field(() => [MeetingQuestionNoteType], { description: 'The questions, in the planned order.' })
  questions: MeetingQuestionNoteType[];

  @Field(() => NoteTextType, { description: 'Notes that belong to no one question.' })
  freeNotes: NoteTextType;

  @Field(() => Int, {
    description:
      "How many minutes before the agreed end meeting mode warns (the agency's setting).",
  })
  warningMinutes: number;
}

@ObjectType('MarkMeetingQuestionResult', {
  description: 'A question after a tick or untick.',
  simpleResolvers: true,
})
export class MarkMeetingQuestionResultType {
  @Field(() => MeetingQuestionNoteType, { description: 'The question as it is now.' })
  question: MeetingQuestionNoteType;

  @Field(() => Boolean, {
    description:
      'False when the tick was already so, or a newer tap had already changed it (a late tap never undoes a newer one).',
  })
  changed: boolean;
}

@ObjectType('NoteEditResult', {
  description: 'What a save of a note did, and the note as it is now.',
  simpleResolvers: true,
})
export class NoteEditResultType {
  @Field(() => NoteEditOutcomeEnum, { description: 'Applied, merged or unchanged.' })
  outcome: NoteEditOutcome;

  @Field(() => NoteTextType, {
    description: 'The note now, with its new revision: show this text after a MERGED save.',
  })
  note: NoteTextType;
}
