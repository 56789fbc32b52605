import { questionProgress, type MeetingQuestion } from '@rapport/domain';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import {
  EditMeetingFreeNotesInput,
  EditMeetingQuestionNoteInput,
  MarkMeetingQuestionInput,
} from './dto/meeting-notes.input.js';
import type { MeetingNotesView } from './meeting-notes.service.js';
import {
  MarkMeetingQuestionResultType,
  MeetingNotesProgressType,
  MeetingNotesType,
  MeetingQuestionNoteType,
  NoteEditResultType,
} from './meeting-notes.type.js';

/** The global id type of a planned question (the preparation concept's rows). */
export const QUESTION_ID_TYPE = 'MeetingQuestion';

const meetingIdOf = (id: string) => fromGlobalId(id, 'Meeting');

@Resolver(() => MeetingNotesType)
export class MeetingNotesResolver {
  @Authorized()
  @Scope('interviews:read')
  @Query(() => MeetingNotesType, {
    nullable: true,
    description:
      "A meeting's notes from meeting mode; null until meeting mode was first opened. The seeker's own meetings, or any for staff (coaching). Notes are a seeker's private words: an API key is answered NOT_FOUND.",
  })
  meetingNotes(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingNotes.get(actor, meetingIdOf(meetingId));
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingNotesType, {
    description:
      "Opens meeting mode on the seeker's meeting: the first time it copies the prepared question list; later it resets nothing, only adds questions planned since and drops untouched ones no longer planned. Seekers only, own meetings only.",
  })
  startMeetingNotes(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingNotes.start(actor, meetingIdOf(meetingId), ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MarkMeetingQuestionResultType, {
    description:
      'Ticks a question as asked, or unticks it (NOTES.UNKNOWN_QUESTION for one not on the list). Starts meeting mode if needed. Seekers only, own meetings only.',
  })
  markMeetingQuestion(
    @Arg('input', () => MarkMeetingQuestionInput, { description: 'The question and the tick.' })
    input: MarkMeetingQuestionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingNotes.markAsked(
      actor,
      meetingIdOf(input.meetingId),
      { ...input, questionId: fromGlobalId(input.questionId, QUESTION_ID_TYPE) },
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => NoteEditResultType, {
    description:
      "Saves a question's note. A save typed on an older revision is merged into the newer text (outcome MERGED), never overwrites it. NOTES.TOO_LONG over the limit, NOTES.INVALID_REVISION for a negative revision. Seekers only, own meetings only.",
  })
  editMeetingQuestionNote(
    @Arg('input', () => EditMeetingQuestionNoteInput, {
      description: 'The question, the whole note and the revision it was typed on.',
    })
    input: EditMeetingQuestionNoteInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingNotes.editQuestionNote(
      actor,
      meetingIdOf(input.meetingId),
      { ...input, questionId: fromGlobalId(input.questionId, QUESTION_ID_TYPE) },
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => NoteEditResultType, {
    description:
      'Saves the free notes. A save typed on an older revision is merged into the newer text (outcome MERGED), never overwrites it. NOTES.TOO_LONG over the limit. Seekers only, own meetings only.',
  })
  editMeetingFreeNotes(
    @Arg('input', () => EditMeetingFreeNotesInput, {
      description: 'The whole of the free notes and the revision they were typed on.',
    })
    input: EditMeetingFreeNotesInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetingNotes.editFreeNotes(
      actor,
      meetingIdOf(input.meetingId),
      input,
      ctx.services.now(),
    );
  }

  @FieldResolver(() => ID, { description: 'The meeting these notes belong to.' })
  meetingId(@Root() notes: MeetingNotesView): string {
    return toGlobalId('Meeting', notes.meetingId);
  }

  @FieldResolver(() => MeetingNotesProgressType, {
    description: 'How many questions are ticked, of how many, and whether referrals were asked.',
  })
  progress(@Root() notes: MeetingNotesView): MeetingNotesProgressType {
    const { asked, total, referralsAsked } = questionProgress(notes);
    return { asked, total, referralsAsked };
  }
}

@Resolver(() => MeetingQuestionNoteType)
export class MeetingQuestionNoteResolver {
  @FieldResolver(() => ID, {
    description: 'The planned question; pass it back as it is to tick it or save its note.',
  })
  questionId(@Root() question: MeetingQuestion): string {
    return toGlobalId(QUESTION_ID_TYPE, question.questionId);
  }
}
