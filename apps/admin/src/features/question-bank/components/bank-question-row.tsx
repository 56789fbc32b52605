import { QuestionForm, type QuestionDraft } from '@rapport/client/question-form';
import { Button } from '@rapport/ui/button';
import { MoveButtons } from '@rapport/ui/move-buttons';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useReturnFocus } from '@rapport/ui/use-return-focus';
import { useState } from 'react';
import type { BankQuestionFieldsFragment } from '../../../gql/graphql';

export interface BankQuestionRowProps {
  question: BankQuestionFieldsFragment;
  index: number;
  count: number;
  onMove: (to: number) => void;
  /** Rejects with the API's refusal, which the form shows on its field. */
  onSave: (draft: QuestionDraft) => Promise<void>;
  onRetire: () => void;
}

/** One question in use: its words, or the form to change them in place. */
export function BankQuestionRow({
  question,
  index,
  count,
  onMove,
  onSave,
  onRetire,
}: BankQuestionRowProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus<HTMLButtonElement>(editing);

  return (
    <li className="bank-question">
      {editing ? (
        <QuestionForm
          initialValues={{ category: question.category, text: question.text }}
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
          <p className="bank-question__text">{question.text}</p>
          <div className="bank-question__actions">
            <MoveButtons index={index} count={count} itemLabel={question.text} onMove={onMove} />
            <Button ref={editButton} size="sm" variant="ghost" onClick={() => setEditing(true)}>
              Edit<VisuallyHidden> {question.text}</VisuallyHidden>
            </Button>
            <Button size="sm" variant="ghost" onClick={onRetire}>
              Retire<VisuallyHidden> {question.text}</VisuallyHidden>
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
