import { useMutation, useQuery } from '@apollo/client/react';
import type { QuestionDraft } from '@rapport/client/question-form';
import { SERIALIZE_KEY } from '@rapport/client/serialize-link';
import { checklistProgress, type ChecklistItem } from '@rapport/domain';
import { useCallback } from 'react';
import {
  AddBankQuestionToMeetingDocument,
  AddOwnQuestionToMeetingDocument,
  MeetingPreparationDocument,
  RemoveMeetingQuestionDocument,
  ReorderMeetingQuestionsDocument,
  SeekerQuestionBankDocument,
  SetMeetingChecklistItemDocument,
  UpdateMeetingQuestionDocument,
} from '../../../gql/documents/features/preparation/api/preparation';
import type {
  PreparationChecklistFieldsFragment,
  QuestionPlanFieldsFragment,
} from '../../../gql/graphql';

export function useMeetingPreparation(meetingId: string) {
  const { data, loading, error, refetch } = useQuery(MeetingPreparationDocument, {
    variables: { id: meetingId },
  });
  return { meeting: data?.meeting ?? null, loading, error, retry: () => void refetch() };
}

/** The bank's questions in use, by category in the staff's order. */
export function useSeekerQuestionBank() {
  const { data, loading, error, refetch } = useQuery(SeekerQuestionBankDocument);
  return { bank: data?.questionBank ?? null, loading, error, retry: () => void refetch() };
}

/**
 * Every change to the meeting's list answers with the whole plan, which the
 * cache puts in place of the old one; reordering and ticking show at once
 * (Apollo undoes them if the server refuses).
 */
export function usePreparationActions(meetingId: string) {
  const [addFromBank] = useMutation(AddBankQuestionToMeetingDocument);
  const [addOwn] = useMutation(AddOwnQuestionToMeetingDocument);
  const [update] = useMutation(UpdateMeetingQuestionDocument);
  const [remove] = useMutation(RemoveMeetingQuestionDocument);
  const [reorder] = useMutation(ReorderMeetingQuestionsDocument);
  const [tick] = useMutation(SetMeetingChecklistItemDocument);

  const addBankQuestion = useCallback(
    async (bankQuestionId: string) => {
      await addFromBank({ variables: { meetingId, bankQuestionId } });
    },
    [addFromBank, meetingId],
  );

  const addOwnQuestion = useCallback(
    async (input: QuestionDraft) => {
      await addOwn({ variables: { meetingId, input } });
    },
    [addOwn, meetingId],
  );

  const updateQuestion = useCallback(
    async (id: string, input: QuestionDraft) => {
      await update({ variables: { id, input } });
    },
    [update],
  );

  const removeQuestion = useCallback(
    async (id: string) => {
      await remove({ variables: { id } });
    },
    [remove],
  );

  const reorderQuestions = useCallback(
    async (plan: QuestionPlanFieldsFragment, ordered: QuestionPlanFieldsFragment['questions']) => {
      await reorder({
        variables: { meetingId, ids: ordered.map((q) => q.id) },
        optimisticResponse: {
          reorderMeetingQuestions: {
            __typename: 'Meeting',
            id: meetingId,
            questionPlan: {
              ...plan,
              questions: ordered.map((q, index) => ({ ...q, position: index + 1 })),
            },
          },
        },
        // Each move sends the whole order: they must reach the server in the order made.
        context: { [SERIALIZE_KEY]: `question-order:${meetingId}` },
      });
    },
    [reorder, meetingId],
  );

  const setChecklistItem = useCallback(
    async (checklist: PreparationChecklistFieldsFragment, item: ChecklistItem, ticked: boolean) => {
      const progress = checklistProgress(
        ticked ? [...checklist.done, item] : checklist.done.filter((each) => each !== item),
      );
      await tick({
        variables: { meetingId, item, ticked },
        optimisticResponse: {
          setMeetingChecklistItem: {
            __typename: 'Meeting',
            id: meetingId,
            preparationChecklist: {
              ...checklist,
              entries: checklist.entries.map((entry) =>
                entry.item === item ? { ...entry, ticked } : entry,
              ),
              ...progress,
            },
          },
        },
      });
    },
    [tick, meetingId],
  );

  return {
    addBankQuestion,
    addOwnQuestion,
    updateQuestion,
    removeQuestion,
    reorderQuestions,
    setChecklistItem,
  };
}
