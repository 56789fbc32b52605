import { useMutation, useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { SERIALIZE_KEY } from '@rapport/client/serialize-link';
import type { QuestionDraft } from '@rapport/client/question-form';
import { QUESTION_CATEGORIES, type QuestionCategory } from '@rapport/domain';
import { useCallback, useMemo } from 'react';
import {
  CreateBankQuestionDocument,
  QuestionBankDocument,
  ReorderBankQuestionsDocument,
  RestoreBankQuestionDocument,
  RetireBankQuestionDocument,
  UpdateBankQuestionDocument,
} from '../../../gql/documents/features/question-bank/api/question-bank';
import type { BankQuestionFieldsFragment } from '../../../gql/graphql';

export interface BankCategory {
  category: QuestionCategory;
  /** In use, in the order seekers see them. */
  inUse: BankQuestionFieldsFragment[];
  retired: BankQuestionFieldsFragment[];
}

const byPosition = (a: BankQuestionFieldsFragment, b: BankQuestionFieldsFragment) =>
  a.position - b.position;

/**
 * The whole bank, retired questions included, grouped by category. Grouping
 * and order are worked out here from each question's own fields, so any
 * change the cache takes in (a retire, a new order) shows without a refetch.
 */
export function useQuestionBank() {
  const { data, loading, error, refetch } = useQuery(QuestionBankDocument);
  const categories = useMemo<BankCategory[]>(() => {
    const questions = data?.questionBank ?? [];
    return QUESTION_CATEGORIES.map((category) => {
      const inCategory = questions.filter((q) => q.category === category).sort(byPosition);
      return {
        category,
        inUse: inCategory.filter((q) => q.retiredAt === null),
        retired: inCategory.filter((q) => q.retiredAt !== null),
      };
    });
  }, [data]);
  return {
    categories,
    loading: loading && !data,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}

export function useBankQuestionActions() {
  const [create] = useMutation(CreateBankQuestionDocument);
  const [update] = useMutation(UpdateBankQuestionDocument);
  const [reorder] = useMutation(ReorderBankQuestionsDocument);
  const [retire] = useMutation(RetireBankQuestionDocument);
  const [restore] = useMutation(RestoreBankQuestionDocument);

  const createQuestion = useCallback(
    async (input: QuestionDraft) => {
      await create({
        variables: { input },
        update(cache, result) {
          const made = result.data?.createBankQuestion;
          if (!made) return;
          cache.updateQuery({ query: QuestionBankDocument }, (current) =>
            current ? { questionBank: [...current.questionBank, made] } : current,
          );
        },
      });
    },
    [create],
  );

  const updateQuestion = useCallback(
    async (id: string, input: QuestionDraft) => {
      await update({ variables: { id, input } });
    },
    [update],
  );

  /** The new order shows at once; the server's answer confirms it (or Apollo undoes it). */
  const reorderCategory = useCallback(
    async (group: BankCategory, ordered: BankQuestionFieldsFragment[]) => {
      const optimistic = [...ordered, ...group.retired].map((question, index) => ({
        ...question,
        position: index + 1,
      }));
      await reorder({
        variables: { category: group.category, ids: ordered.map((q) => q.id) },
        optimisticResponse: { reorderBankQuestions: optimistic },
        // Moves of one category reach the server in the order they were made.
        context: { [SERIALIZE_KEY]: `bank-order:${group.category}` },
      });
    },
    [reorder],
  );

  const retireQuestion = useCallback(
    async (id: string) => {
      await retire({ variables: { id } });
    },
    [retire],
  );

  const restoreQuestion = useCallback(
    async (id: string) => {
      await restore({ variables: { id } });
    },
    [restore],
  );

  return { createQuestion, updateQuestion, reorderCategory, retireQuestion, restoreQuestion };
}
