import { formatDate, listSummary } from '@rapport/client/format';
import { Card } from '@rapport/ui/card';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { ExpertQuestionStatus, InboxQuestionFragment } from '../../../gql/graphql';
import { useExpertInbox } from '../hooks/use-expert-inbox';
import { AnswerForm } from './answer-form';
import './expert-inbox.css';

function QuestionCard({ question }: { question: InboxQuestionFragment }) {
  const textId = useId();
  return (
    <Card as="article" className="inbox-question" aria-labelledby={textId} tabIndex={-1}>
      <p className="muted inbox-question__meta">
        <Link to={paths.seeker.href(question.seeker.id)}>{question.seeker.name}</Link> asked on{' '}
        <time dateTime={question.askedAt}>{formatDate(question.askedAt)}</time>
        {question.meeting ? (
          <>
            {' '}
            about their meeting with {question.meeting.contact.fullName} (
            <time dateTime={question.meeting.startsAt}>
              {formatDate(question.meeting.startsAt)}
            </time>
            )
          </>
        ) : null}
      </p>
      <p id={textId} className="inbox-question__text">
        {question.question}
      </p>
      {question.status === 'OPEN' ? (
        <AnswerForm questionId={question.id} seekerName={question.seeker.name} />
      ) : (
        <>
          <p className="inbox-question__answer">{question.answer}</p>
          <p className="muted inbox-question__meta">
            Answered by {question.answeredByName ?? 'a former colleague'}
            {question.answeredAt ? (
              <>
                {' on '}
                <time dateTime={question.answeredAt}>{formatDate(question.answeredAt)}</time>
              </>
            ) : null}
          </p>
        </>
      )}
    </Card>
  );
}

const SECTIONS: Record<
  ExpertQuestionStatus,
  { title: string; empty: string; emptyText: string; loading: string; more: string }
> = {
  OPEN: {
    title: 'Waiting for an answer',
    empty: 'Nothing waiting',
    emptyText: 'Every question has its answer. New ones appear here, longest waiting first.',
    loading: 'Loading the waiting questions…',
    more: 'Load more waiting questions',
  },
  ANSWERED: {
    title: 'Answered',
    empty: 'No answers yet',
    emptyText: 'Answers you and your colleagues send appear here, latest first.',
    loading: 'Loading the answered questions…',
    more: 'Load more answered questions',
  },
};

function InboxSection({ status }: { status: ExpertQuestionStatus }) {
  const headingId = useId();
  const list = useExpertInbox(status);
  const section = SECTIONS[status];
  const summary = listSummary(list.totalCount, list.questions.length, ['question', 'questions']);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {section.title}
      </h2>
      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: section.loading,
          failed: 'These questions could not be loaded.',
          loadMore: section.more,
        }}
        itemSelector=".inbox-question"
        empty={
          <EmptyState title={section.empty} headingLevel={3}>
            {section.emptyText}
          </EmptyState>
        }
      >
        {list.questions.length > 0 ? (
          <ul className="inbox-list" aria-label={section.title}>
            {list.questions.map((question) => (
              <li key={question.id}>
                <QuestionCard question={question} />
              </li>
            ))}
          </ul>
        ) : null}
      </PagedList>
    </section>
  );
}

/** The experts' inbox: open questions first, each with its answer form, then the answered ones. */
export function ExpertInbox() {
  return (
    <div className="expert-inbox">
      <InboxSection status="OPEN" />
      <InboxSection status="ANSWERED" />
    </div>
  );
}
