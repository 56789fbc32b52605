import { messageFor } from '@rapport/client/graphql-errors';
import { QuestionForm } from '@rapport/client/question-form';
import { QUESTION_CATEGORY_TITLES } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Card } from '@rapport/ui/card';
import { useRef, useState } from 'react';
import type { MeetingPreparationQuery } from '../../../gql/graphql';
import { usePreparationActions } from '../hooks/use-meeting-preparation';
import { BankPicker } from './bank-picker';
import { PlanSummary } from './plan-summary';
import { PreparationChecklist } from './preparation-checklist';
import { QuestionList } from './question-list';
import './preparation.css';

type Meeting = NonNullable<MeetingPreparationQuery['meeting']>;

/**
 * The prepare page's body: the question list to build and order, where the
 * questions come from (the bank or the seeker's own words), what the list
 * covers and whether it fits, and the checklist.
 */
export function PreparationPanel({ meeting }: { meeting: Meeting }) {
  const actions = usePreparationActions(meeting.id);
  const plan = meeting.questionPlan;
  const editable = meeting.status === 'SCHEDULED';
  const listHeading = useRef<HTMLHeadingElement>(null);
  // In the page from the first render, so each change is announced.
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  /** Runs a change; the server's refusal (a full list, a closed meeting) shows above the list. */
  const attempt = async (change: () => Promise<void>, done: string) => {
    try {
      await change();
      setProblem(null);
      setAnnouncement(done);
    } catch (error) {
      setProblem(messageFor(error));
    }
  };

  return (
    <div className="prepare-page">
      <p className="rp-visually-hidden" role="status">
        {announcement}
      </p>
      <div className="prepare-page__main">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {editable ? null : (
          <Alert tone="info">
            This meeting is over, so its questions and checklist are kept as they were.
          </Alert>
        )}
        <Card as="section" aria-labelledby="plan-questions-heading">
          <h2
            id="plan-questions-heading"
            ref={listHeading}
            tabIndex={-1}
            className="prepare-heading"
          >
            Your questions
          </h2>
          <p className="muted">
            In the order you will ask them. Keep the referral question for the end.
          </p>
          <QuestionList
            plan={plan}
            editable={editable}
            onReorder={(ordered, moved, to) =>
              void attempt(
                () => actions.reorderQuestions(plan, ordered),
                `Moved to place ${to + 1} of ${ordered.length}: ${moved.text}`,
              )
            }
            onSave={async (question, draft) => {
              await actions.updateQuestion(question.id, draft);
              setAnnouncement(`Saved: ${draft.text}`);
            }}
            onRemove={(question) =>
              void attempt(async () => {
                await actions.removeQuestion(question.id);
                listHeading.current?.focus();
              }, `Removed: ${question.text}`)
            }
          />
        </Card>
        {editable ? (
          <Card as="section" aria-labelledby="add-questions-heading">
            <h2 id="add-questions-heading" className="prepare-heading">
              Add questions
            </h2>
            <h3 className="prepare-subheading">From the agency’s bank</h3>
            <BankPicker
              plan={plan}
              onAdd={(bankQuestionId, text) =>
                void attempt(
                  () => actions.addBankQuestion(bankQuestionId),
                  `Added to your list: ${text}`,
                )
              }
            />
            <h3 className="prepare-subheading">In your own words</h3>
            <QuestionForm
              initialValues={{ category: plan.missingCategories[0] ?? 'ADVICE', text: '' }}
              textLabel="Your question"
              submitLabel="Add to my list"
              busyLabel="Adding…"
              resetAfterSave
              onSave={async (draft) => {
                await actions.addOwnQuestion(draft);
                setAnnouncement(
                  `Added to your list, about ${QUESTION_CATEGORY_TITLES[draft.category].toLowerCase()}.`,
                );
              }}
            />
          </Card>
        ) : null}
      </div>
      <div className="prepare-page__side">
        <PlanSummary plan={plan} />
        <PreparationChecklist
          checklist={meeting.preparationChecklist}
          editable={editable}
          onTick={(item, ticked) =>
            void attempt(
              () => actions.setChecklistItem(meeting.preparationChecklist, item, ticked),
              ticked ? 'Ticked.' : 'Unticked.',
            )
          }
        />
      </div>
    </div>
  );
}
