import { QUESTION_CATEGORIES, QUESTION_CATEGORY_TITLES } from '@rapport/domain';
import { messageFor } from '@rapport/client/graphql-errors';
import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Tabs } from '@rapport/ui/tabs';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import type { QuestionPlanFieldsFragment } from '../../../gql/graphql';
import { useSeekerQuestionBank } from '../hooks/use-meeting-preparation';

export interface BankPickerProps {
  plan: QuestionPlanFieldsFragment;
  onAdd: (bankQuestionId: string, text: string) => void;
}

/** The agency's questions, one tab per category, starting at the first category still missing. */
export function BankPicker({ plan, onAdd }: BankPickerProps) {
  const { bank, loading, error, retry } = useSeekerQuestionBank();
  if (loading && !bank) return <LoadingIndicator label="Loading the agency’s questions…" />;
  if (!bank) {
    return (
      <RetryAlert
        title="The agency’s questions could not be loaded."
        message={error ? messageFor(error) : 'Nothing came back.'}
        onRetry={retry}
      />
    );
  }
  const onList = new Set(plan.questions.map((q) => q.bankQuestionId).filter(Boolean));
  const covered = new Map(plan.coverage.map((c) => [c.category, c.covered]));
  const tabs = QUESTION_CATEGORIES.map((category) => {
    const questions = bank.filter((q) => q.category === category);
    return {
      id: category,
      label: `${QUESTION_CATEGORY_TITLES[category]}${covered.get(category) ? ' ✓' : ''}`,
      content:
        questions.length === 0 ? (
          <p className="muted">The agency has no questions about this yet: write your own.</p>
        ) : (
          <ul className="bank-choices">
            {questions.map((question) => (
              <li key={question.id} className="bank-choice">
                <span className="bank-choice__text">{question.text}</span>
                {onList.has(question.id) ? (
                  <span className="bank-choice__added">
                    <span aria-hidden="true">✓ </span>On your list
                  </span>
                ) : (
                  <Button size="sm" onClick={() => onAdd(question.id, question.text)}>
                    Add<VisuallyHidden> {question.text}</VisuallyHidden>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ),
    };
  });
  return (
    <Tabs
      label="Questions by category"
      tabs={tabs}
      initialTab={plan.missingCategories[0] ?? QUESTION_CATEGORIES[0]}
    />
  );
}
