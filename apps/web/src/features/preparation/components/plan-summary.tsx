import { QUESTION_CATEGORY_TITLES } from '@rapport/domain';
import { Badge } from '@rapport/ui/badge';
import { Card } from '@rapport/ui/card';
import type { QuestionPlanFieldsFragment } from '../../../gql/graphql';

/** Which categories the list covers, whether it fits the time, and the coach's hints. */
export function PlanSummary({ plan }: { plan: QuestionPlanFieldsFragment }) {
  const missing = plan.missingCategories.map((c) => QUESTION_CATEGORY_TITLES[c].toLowerCase());
  return (
    <Card as="section" aria-labelledby="plan-summary-heading" className="plan-summary">
      <h2 id="plan-summary-heading" className="prepare-heading">
        Coverage and time
      </h2>
      <p className="plan-summary__line">
        <Badge tone={plan.fitsTheTime ? 'success' : 'danger'}>
          {plan.fitsTheTime ? 'Fits the time' : 'Too long'}
        </Badge>{' '}
        <span data-testid="time-fit">{plan.timeFit}</span>
      </p>
      <p className="plan-summary__line">
        <Badge tone={plan.coversTheBases ? 'success' : 'warning'}>
          {plan.coversTheBases ? 'All bases covered' : 'Bases missing'}
        </Badge>{' '}
        {plan.coversTheBases
          ? 'Every category has a question.'
          : `Still missing: ${missing.join(', ')}.`}
      </p>
      <ul className="plan-coverage" aria-label="Categories">
        {plan.coverage.map((entry) => (
          <li key={entry.category} className="plan-coverage__item">
            <span>{QUESTION_CATEGORY_TITLES[entry.category]}</span>
            {entry.covered ? (
              <span className="plan-coverage__covered">
                <span aria-hidden="true">✓ </span>
                {entry.questionCount === 1 ? '1 question' : `${entry.questionCount} questions`}
              </span>
            ) : (
              <span className="plan-coverage__missing">
                <span aria-hidden="true">✗ </span>Missing
              </span>
            )}
          </li>
        ))}
      </ul>
      {plan.hints.length > 0 ? (
        <>
          <h3 className="plan-summary__hints-heading">Suggestions</h3>
          <ul className="plan-summary__hints">
            {plan.hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
