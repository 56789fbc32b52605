import type { QuestionDraft } from '@rapport/client/question-form';
import { QUESTION_CATEGORY_TITLES } from '@rapport/domain';
import { Button } from '@rapport/ui/button';
import { moveItem } from '@rapport/ui/move-buttons';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import type { BankQuestionFieldsFragment } from '../../../gql/graphql';
import type { BankCategory } from '../hooks/use-question-bank';
import { BankQuestionRow } from './bank-question-row';

type Question = BankQuestionFieldsFragment;

export interface BankCategorySectionProps {
  group: BankCategory;
  onReorder: (ordered: Question[], moved: Question, to: number) => Promise<void>;
  onSave: (question: Question, draft: QuestionDraft) => Promise<void>;
  onRetire: (question: Question) => Promise<void>;
  onRestore: (question: Question) => Promise<void>;
}

/** One category: its questions in use, in order, and the retired ones folded away. */
export function BankCategorySection({
  group,
  onReorder,
  onSave,
  onRetire,
  onRestore,
}: BankCategorySectionProps) {
  const headingId = `bank-${group.category.toLowerCase()}`;
  const title = QUESTION_CATEGORY_TITLES[group.category];
  return (
    <section className="bank-category" aria-labelledby={headingId}>
      <h2 id={headingId} className="question-bank__heading">
        {title} <span className="muted bank-category__count">· {group.inUse.length} in use</span>
      </h2>
      {group.inUse.length === 0 ? (
        <p className="muted">No questions in use here: seekers are offered none about this.</p>
      ) : (
        <ol className="bank-category__list">
          {group.inUse.map((question, index) => (
            <BankQuestionRow
              key={question.id}
              question={question}
              index={index}
              count={group.inUse.length}
              onMove={(to) => onReorder(moveItem(group.inUse, index, to), question, to)}
              onSave={(draft) => onSave(question, draft)}
              onRetire={() => onRetire(question)}
            />
          ))}
        </ol>
      )}
      {group.retired.length > 0 ? (
        <details className="bank-category__retired">
          <summary>
            Retired {title.toLowerCase()} questions ({group.retired.length})
          </summary>
          <ul className="bank-category__list">
            {group.retired.map((question) => (
              <li key={question.id} className="bank-question bank-question--retired">
                <p className="bank-question__text">{question.text}</p>
                <div className="bank-question__actions">
                  <Button size="sm" onClick={() => void onRestore(question)}>
                    Restore<VisuallyHidden> {question.text}</VisuallyHidden>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
