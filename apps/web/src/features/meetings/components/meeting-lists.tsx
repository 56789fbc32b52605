import { formatMeetingTime, plural } from '@rapport/client/format';
import { describeLocation } from '@rapport/domain';
import { Badge } from '@rapport/ui/badge';
import { CardList, CardListItem } from '@rapport/ui/card-list';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useMeetingList } from '../hooks/use-meetings';
import { STATUS_LABELS, STATUS_TONES } from '../utils/meeting-labels';
import './meetings.css';

const WORDING = {
  upcoming: {
    title: 'Coming up',
    noun: ['meeting coming up', 'meetings coming up'],
    empty: 'Nothing scheduled',
    emptyText:
      'When someone says yes, book the time on their contact page, or send them a few times to pick from.',
  },
  past: {
    title: 'Past meetings',
    noun: ['past meeting', 'past meetings'],
    empty: 'No past meetings yet',
    emptyText: 'Meetings you held, missed or cancelled are kept here.',
  },
} as const;

function MeetingList({ which }: { which: 'upcoming' | 'past' }) {
  const list = useMeetingList(which);
  const words = WORDING[which];
  const titleId = `meetings-${which}-title`;
  const summary =
    list.totalCount === null
      ? ''
      : `${plural(list.totalCount, words.noun[0], words.noun[1])}` +
        (list.meetings.length < list.totalCount ? `, showing ${list.meetings.length}` : '') +
        '.';
  return (
    <section aria-labelledby={titleId} className="meetings-section">
      <h2 id={titleId}>{words.title}</h2>
      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: 'Loading meetings…',
          failed: 'The meetings could not be loaded.',
          loadMore: `Load more ${words.noun[1]}`,
        }}
        itemSelector="a"
        empty={
          <EmptyState title={words.empty} headingLevel={3}>
            {words.emptyText}
          </EmptyState>
        }
      >
        {list.meetings.length > 0 ? (
          <CardList label={words.title}>
            {list.meetings.map((meeting) => (
              <CardListItem
                key={meeting.id}
                headingLevel={3}
                title={
                  <Link to={paths.meeting.href(meeting.id)}>
                    {meeting.contact.fullName}
                    {meeting.contact.company ? `, ${meeting.contact.company.name}` : ''}
                  </Link>
                }
                meta={`${formatMeetingTime(meeting.startsAt, meeting.durationMinutes, meeting.timeZone)} · ${describeLocation({ kind: meeting.locationKind })}`}
                aside={
                  <Badge tone={STATUS_TONES[meeting.status]}>{STATUS_LABELS[meeting.status]}</Badge>
                }
              />
            ))}
          </CardList>
        ) : null}
      </PagedList>
    </section>
  );
}

/** The seeker's meetings: what is coming up first, soonest first; then what is over. */
export function MeetingLists() {
  return (
    <div className="meetings">
      <MeetingList which="upcoming" />
      <MeetingList which="past" />
    </div>
  );
}
