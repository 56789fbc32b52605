import { formatDate, plural } from '@rapport/client/format';
import { Badge } from '@rapport/ui/badge';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { useContactTimeline } from '../hooks/use-contact';
import {
  ASK_CHANNEL_LABELS,
  ASK_STATUS_LABELS,
  ASK_STATUS_TONES,
} from '../../../config/ask-labels';
import './contact-timeline.css';

/** Every seeker's asks of this person (on any record of them), newest first. */
export function ContactTimeline({
  contactId,
  headingId,
}: {
  contactId: string;
  headingId: string;
}) {
  const timeline = useContactTimeline(contactId);
  const summary =
    timeline.totalCount === null
      ? ''
      : timeline.totalCount === 0
        ? ''
        : `${plural(timeline.totalCount, 'ask', 'asks')}${
            timeline.asks.length < timeline.totalCount ? `, showing ${timeline.asks.length}` : ''
          }.`;

  return (
    <PagedList
      state={timeline}
      summary={summary}
      labels={{
        loading: 'Loading the timeline…',
        failed: 'The timeline could not be loaded.',
        loadMore: 'Load more of the timeline',
      }}
      itemSelector=".timeline__item"
      empty={
        <EmptyState title="No asks yet" headingLevel={3}>
          When a seeker records that they asked this person for a meeting, it appears here with its
          outcome.
        </EmptyState>
      }
    >
      {timeline.asks.length > 0 ? (
        <ol className="timeline" aria-labelledby={headingId}>
          {timeline.asks.map((ask) => (
            <li key={ask.id} className="timeline__item" tabIndex={-1}>
              <div className="timeline__head">
                <span className="timeline__who">
                  {ask.seeker?.name ?? 'A seeker'} asked {ASK_CHANNEL_LABELS[ask.channel]}
                </span>
                <Badge tone={ASK_STATUS_TONES[ask.status]}>{ASK_STATUS_LABELS[ask.status]}</Badge>
              </div>
              <p className="timeline__meta">
                <time dateTime={ask.askedAt}>{formatDate(ask.askedAt)}</time>
                {ask.contact.id !== contactId ? ` · on the record “${ask.contact.fullName}”` : ''}
              </p>
              {ask.note ? <p className="timeline__note">{ask.note}</p> : null}
              {ask.history.length > 1 ? (
                <ul className="timeline__history" aria-label="What happened">
                  {ask.history.map((step) => (
                    <li key={`${step.at}-${step.status}`}>
                      <time dateTime={step.at}>{formatDate(step.at)}</time>:{' '}
                      {step.status === 'ASKED' ? 'Asked' : ASK_STATUS_LABELS[step.status]}
                      {step.note ? ` — ${step.note}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </PagedList>
  );
}
