import { formatDate, listSummary } from '@rapport/client/format';
import { Badge } from '@rapport/ui/badge';
import { Card } from '@rapport/ui/card';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { useId } from 'react';
import { useMyExpertQuestions } from '../hooks/use-expert-questions';

/** The seeker's questions, newest first, each with its answer once given. */
export function ExpertQuestionList() {
  const headingId = useId();
  const list = useMyExpertQuestions();
  const summary = listSummary(list.totalCount, list.questions.length, ['question', 'questions']);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="experts-section__title">
        Your questions
      </h2>
      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: 'Loading your questions…',
          failed: 'Your questions could not be loaded.',
          loadMore: 'Load more questions',
        }}
        itemSelector=".expert-question"
        empty={
          <EmptyState title="No questions yet" headingLevel={3}>
            Not sure how to open the call, or what to do after a no? Ask, and a coach will answer
            here.
          </EmptyState>
        }
      >
        {list.questions.length > 0 ? (
          <ul className="expert-questions" aria-label="Your questions, newest first">
            {list.questions.map((q) => (
              <li key={q.id}>
                <Card
                  as="article"
                  className="expert-question"
                  tabIndex={-1}
                  aria-label={q.question}
                >
                  <div className="expert-question__head">
                    <p className="expert-question__text">{q.question}</p>
                    {q.status === 'ANSWERED' ? (
                      <Badge tone="success">Answered</Badge>
                    ) : (
                      <Badge tone="info">Waiting for an answer</Badge>
                    )}
                  </div>
                  <p className="muted expert-question__meta">
                    Asked <time dateTime={q.askedAt}>{formatDate(q.askedAt)}</time>
                    {q.meeting ? ` · about your meeting with ${q.meeting.contact.fullName}` : ''}
                  </p>
                  {q.answer ? (
                    <figure className="expert-question__answer">
                      <p>{q.answer}</p>
                      <figcaption className="muted expert-question__meta">
                        {q.answeredByName ?? 'The agency'}
                        {q.answeredAt ? (
                          <>
                            {' · '}
                            <time dateTime={q.answeredAt}>{formatDate(q.answeredAt)}</time>
                          </>
                        ) : null}
                      </figcaption>
                    </figure>
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
        ) : null}
      </PagedList>
    </section>
  );
}
