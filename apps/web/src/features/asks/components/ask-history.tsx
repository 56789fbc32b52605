import { formatDate } from '@rapport/client/format';
import type { AskDetailFragment } from '../../../gql/graphql';
import { STATUS_LABELS } from '../utils/ask-labels';

/** Every status the ask has had, oldest first, with the note given at each step. */
export function AskHistory({ ask }: { ask: AskDetailFragment }) {
  return (
    <section aria-labelledby="ask-history-title" className="ask-section">
      <h3 id="ask-history-title" className="ask-section__title">
        History
      </h3>
      <ol className="ask-history">
        {ask.history.map((step, index) => (
          <li key={`${step.at}-${index}`} className="ask-history__step">
            <span className="ask-history__status">
              {index === 0 ? 'Asked' : STATUS_LABELS[step.status]}
            </span>{' '}
            <time dateTime={step.at} className="muted">
              {formatDate(step.at)}
            </time>
            {step.note ? <p className="ask-history__note">{step.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
