import { NOTE_LIMITS } from '@rapport/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

// The domain's limits (NOTE_LIMITS) are checked by applyNoteEdit with their
// own code and field; this cap only keeps absurd payloads out.
const TRANSPORT_CAP = NOTE_LIMITS.free * 5;

@InputType({ description: 'A tick or untick of one question in meeting mode.' })
export class MarkMeetingQuestionInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, { description: "The question, as meeting mode's notes name it." })
  questionId: string;

  @Field(() => Boolean, { description: 'True when asked, false to untick.' })
  asked: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the seeker tapped, for a tap sent late from a device that was offline; now when left out. A later tap wins.',
  })
  at?: Date | null;
}

@InputType({ description: "A save of one question's note, as typed." })
export class EditMeetingQuestionNoteInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, { description: "The question, as meeting mode's notes name it." })
  questionId: string;

  @Field(() => Int, {
    description:
      'The revision the text was typed on (the `revision` last read or saved; 0 for a new note). An older one is merged, never overwrites.',
  })
  baseRevision: number;

  @Field(() => String, {
    description: `The whole note, up to ${NOTE_LIMITS.question} characters (NOTES.TOO_LONG otherwise).`,
  })
  @MaxLength(TRANSPORT_CAP)
  text: string;
}

@InputType({ description: 'A save of the free notes, as typed.' })
export class EditMeetingFreeNotesInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, {
    description:
      'The revision the text was typed on (the `revision` last read or saved; 0 at first). An older one is merged, never overwrites.',
  })
  baseRevision: number;

  @Field(() => String, {
    description: `The whole of the free notes, up to ${NOTE_LIMITS.free} characters (NOTES.TOO_LONG otherwise).`,
  })
  @MaxLength(TRANSPORT_CAP)
  text: string;
}
