import { messageFor } from '@rapport/client/graphql-errors';
import { QuestionForm } from '@rapport/client/question-form';
import { QUESTION_CATEGORY_TITLES } from '@rapport/domain';
import { Card } from '@rapport/ui/card';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useToast } from '@rapport/ui/toast';
import { useState } from 'react';
import { useBankQuestionActions, useQuestionBank } from '../hooks/use-question-bank';
import { BankCategorySection } from './bank-category-section';
import './question-bank.css';

/** The agency's question bank: add, then per category reorder, edit, retire and restore. */
export function QuestionBankPanel() {
  const bank = useQuestionBank();
  const actions = useBankQuestionActions();
  const toast = useToast();
  // Present from the first render, so screen readers announce each move.
  const [announcement, setAnnouncement] = useState('');

  /** Runs a row's action; a refusal is shown as a toast, since the row itself did not change. */
  const attempt = async (action: () => Promise<void>, done?: string) => {
    try {
      await action();
      if (done) setAnnouncement(done);
    } catch (error) {
      toast.show(messageFor(error), { tone: 'error' });
    }
  };

  return (
    <div className="question-bank">
      <p className="rp-visually-hidden" role="status">
        {announcement}
      </p>
      <Card as="section" aria-labelledby="bank-add-heading" className="question-bank__add">
        <h2 id="bank-add-heading" className="question-bank__heading">
          Add a question
        </h2>
        <QuestionForm
          initialValues={{ category: 'COMPANY', text: '' }}
          submitLabel="Add to the bank"
          busyLabel="Adding…"
          resetAfterSave
          onSave={async (question) => {
            await actions.createQuestion(question);
            toast.show(`Added to ${QUESTION_CATEGORY_TITLES[question.category]}.`);
          }}
        />
      </Card>
      {bank.loading ? <LoadingIndicator label="Loading the question bank…" /> : null}
      {bank.problem ? (
        <RetryAlert
          title="The question bank could not be loaded."
          message={bank.problem}
          onRetry={bank.retry}
        />
      ) : null}
      {!bank.loading && !bank.problem
        ? bank.categories.map((group) => (
            <BankCategorySection
              key={group.category}
              group={group}
              onReorder={(ordered, moved, to) =>
                attempt(
                  () => actions.reorderCategory(group, ordered),
                  `Moved to place ${to + 1} of ${ordered.length}: ${moved.text}`,
                )
              }
              onSave={async (question, draft) => {
                await actions.updateQuestion(question.id, draft);
                toast.show(
                  draft.category === question.category
                    ? 'Saved.'
                    : `Saved and moved to ${QUESTION_CATEGORY_TITLES[draft.category]}.`,
                );
              }}
              onRetire={(question) =>
                attempt(
                  () => actions.retireQuestion(question.id),
                  `Retired: ${question.text}. Seekers no longer see it.`,
                )
              }
              onRestore={(question) =>
                attempt(
                  () => actions.restoreQuestion(question.id),
                  `Restored at the end of ${QUESTION_CATEGORY_TITLES[question.category]}: ${question.text}`,
                )
              }
            />
          ))
        : null}
    </div>
  );
}
