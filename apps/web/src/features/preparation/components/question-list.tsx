import { QuestionForm, type QuestionDraft } from '@rapport/client/question-form';
import { QUESTION_CATEGORY_TITLES } from '@rapport/domain';
import { Badge } from '@rapport/ui/badge';
import { Button } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { MoveButtons, moveItem } from '@rapport/ui/move-buttons';
import { useReturnFocus } from '@rapport/ui/use-return-focus';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useState } from 'react';
import type { QuestionPlanFieldsFragment } from '../../../gql/graphql';

type Question = QuestionPlanFieldsFragment['questions'][number];

export interface QuestionListProps {
  plan: QuestionPlanFieldsFragment;
  /** False once the meeting is over: the list is shown as it was. */
  editable: boolean;
  onReorder: (ordered: Question[], moved: Question, to: number) => void;
  onSave: (question: Question, draft: QuestionDraft) => Promise<void>;
  onRemove: (question: Question) => void;
}

/** The questions in the order they will be asked, each movable by keyboard or mouse. */
export function QuestionList({ plan, editable, onReorder, onSave, onRemove }: QuestionListProps) {
  if (plan.questions.length === 0) {
    return (
      <EmptyState title="No questions yet" headingLevel={3}>
        {editable
          ? 'Pick some from the agency’s bank below, or write your own.'
          : 'No questions were prepared for this meeting.'}
      </EmptyState>
    );
  }
  const repeated = new Set(plan.duplicateQuestionIds);
  return (
    <ol className="plan-questions">
      {plan.questions.map((question, index) => (
        <QuestionRow
          key={question.id}
          question={question}
          index={index}
          count={plan.questions.length}
          repeated={repeated.has(question.id)}
          editable={editable}
          onMove={(to) => onReorder(moveItem(plan.questions, index, to), question, to)}
          onSave={(draft) => onSave(question, draft)}
          onRemove={() => onRemove(question)}
        />
      ))}
    </ol>
  );
}

function QuestionRow({
  question,
  index,
  count,
  repeated,
  editable,
  onMove,
  onSave,
  onRemove,
}: {
  question: Question;
  index: number;
  count: number;
  repeated: boolean;
  editable: boolean;
  onMove: (to: number) => void;
  onSave: (draft: QuestionDraft) => Promise<void>;
  onRemove: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus<HTMLButtonElement>(editing);
  return (
    <li className="plan-question">
      {editing ? (
        <QuestionForm
          initialValues={{ category: question.category, text: question.text }}
          textLabel="Your question"
          submitLabel="Save"
          busyLabel="Saving…"
          autoFocusText
          onSave={async (draft) => {
            await onSave(draft);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <div className="plan-question__body">
            <p className="plan-question__text">{question.text}</p>
            <p className="plan-question__meta">
              <Badge tone="info">{QUESTION_CATEGORY_TITLES[question.category]}</Badge>
              {repeated ? <Badge tone="warning">Asked twice</Badge> : null}
              <span className="muted">
                {question.bankQuestionId ? 'From the bank' : 'In your words'}
              </span>
            </p>
          </div>
          {editable ? (
            <div className="plan-question__actions">
              <MoveButtons index={index} count={count} itemLabel={question.text} onMove={onMove} />
              <Button ref={editButton} size="sm" variant="ghost" onClick={() => setEditing(true)}>
                Edit<VisuallyHidden> {question.text}</VisuallyHidden>
              </Button>
              <Button size="sm" variant="ghost" onClick={onRemove}>
                Remove<VisuallyHidden> {question.text}</VisuallyHidden>
              </Button>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
