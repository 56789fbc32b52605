import {
  browserTimeZone,
  formatClockSpan,
  formatDate,
  formatMeetingTime,
} from '@rapport/client/format';
import { describeError } from '@rapport/client/graphql-errors';
import { describeLocation, MEETING_TRANSITIONS } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Badge } from '@rapport/ui/badge';
import { Button, buttonClassName } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { DescriptionList } from '@rapport/ui/description-list';
import { Dialog } from '@rapport/ui/dialog';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { MeetingDetailFragment } from '../../../gql/graphql';
import { useHasStarted, useMeetingActions } from '../hooks/use-meetings';
import { STATUS_LABELS, STATUS_TONES } from '../utils/meeting-labels';
import { RescheduleForm } from './reschedule-form';
import './meetings.css';

function When({ meeting }: { meeting: MeetingDetailFragment }) {
  const own = browserTimeZone();
  return (
    <>
      <time dateTime={meeting.startsAt}>
        {formatMeetingTime(meeting.startsAt, meeting.durationMinutes, meeting.timeZone)}
      </time>
      {own !== meeting.timeZone ? (
        <span className="muted">
          {' '}
          (your time: {formatClockSpan(meeting.startsAt, meeting.durationMinutes, own)})
        </span>
      ) : null}
    </>
  );
}

function Who({ contact }: { contact: MeetingDetailFragment['contact'] }) {
  const role = [contact.title, contact.company?.name].filter(Boolean).join(' at ');
  return (
    <>
      <Link to={paths.contact.href(contact.id)}>{contact.fullName}</Link>
      {role ? `, ${role}` : ''}
      {contact.email || contact.phone ? (
        <span className="muted">
          {' '}
          · {[contact.email, contact.phone].filter(Boolean).join(' · ')}
        </span>
      ) : null}
    </>
  );
}

function History({ meeting }: { meeting: MeetingDetailFragment }) {
  if (meeting.reschedules.length === 0) return null;
  return (
    <section aria-labelledby="meeting-history-title" className="meeting-page__section">
      <h2 id="meeting-history-title">Moves</h2>
      <ol className="meeting-history">
        {meeting.reschedules.map((move) => (
          <li key={move.rescheduledAt}>
            Moved on {formatDate(move.rescheduledAt)} from{' '}
            {formatMeetingTime(move.from.startsAt, move.from.durationMinutes, move.from.timeZone)}{' '}
            to {formatMeetingTime(move.to.startsAt, move.to.durationMinutes, move.to.timeZone)}
            {move.reason ? `: ${move.reason}` : '.'}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * One meeting: when (on the agreed clock and the seeker's), where and what it
 * costs, who, where it stands; the calendar file; the way to prepare, run
 * and wrap it up; and, while it is scheduled, moving, cancelling, or
 * recording how it went once it has started.
 */
export function MeetingDetails({ meeting }: { meeting: MeetingDetailFragment }) {
  const actions = useMeetingActions(meeting.id);
  const [moving, setMoving] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const scheduled = meeting.status === 'SCHEDULED';
  const started = useHasStarted(meeting.startsAt);
  const moves = MEETING_TRANSITIONS[meeting.status];
  const advice = meeting.locationAdvice;

  async function run(action: () => Promise<unknown>, done: string) {
    setProblem(null);
    try {
      await action();
      setAnnouncement(done);
    } catch (failure) {
      setProblem(describeError(failure, []).formError);
    }
  }

  return (
    <div className="meeting-page">
      <p role="status" className="rp-visually-hidden">
        {announcement}
      </p>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <Card as="section" aria-labelledby="meeting-facts-title" className="meeting-page__section">
        <h2 id="meeting-facts-title">
          The meeting{' '}
          <Badge tone={STATUS_TONES[meeting.status]}>{STATUS_LABELS[meeting.status]}</Badge>
        </h2>
        <DescriptionList
          items={[
            { term: 'When', details: <When meeting={meeting} /> },
            { term: 'Length', details: `${meeting.durationMinutes} minutes` },
            {
              term: 'Where',
              details: describeLocation({
                kind: meeting.locationKind,
                details: meeting.locationDetails,
              }),
            },
            {
              term: 'Cost',
              details: advice.seekerPays ? (
                <>
                  <strong>You pay.</strong> {advice.message}
                </>
              ) : (
                `Nothing. ${advice.message}`
              ),
            },
            { term: 'With', details: <Who contact={meeting.contact} /> },
            ...(meeting.endedAt
              ? [
                  {
                    term: 'Ended',
                    details: new Date(meeting.endedAt).toLocaleTimeString('en', {
                      timeZone: meeting.timeZone,
                      hour: 'numeric',
                      minute: '2-digit',
                      timeZoneName: 'short',
                    }),
                  },
                ]
              : []),
          ]}
        />
        <ul className="meeting-page__links" aria-label="Calendar">
          <li>
            <a href={meeting.invitationUrl} download className={buttonClassName('secondary', 'sm')}>
              Download the invitation (.ics)
            </a>
          </li>
          <li>
            <a
              href={`${meeting.invitationUrl}?for=CONTACT`}
              download
              className={buttonClassName('ghost', 'sm')}
            >
              An invitation to send them (.ics)
            </a>
          </li>
        </ul>
      </Card>

      <nav aria-label="Meeting steps">
        <ul className="meeting-page__links">
          <li>
            <Link to={paths.meetingPrepare.href(meeting.id)} className={buttonClassName('primary')}>
              Prepare your questions
            </Link>
          </li>
          <li>
            <Link to={paths.meetingLive.href(meeting.id)} className={buttonClassName('secondary')}>
              Meeting mode
            </Link>
          </li>
          <li>
            <Link
              to={paths.meetingWrapUp.href(meeting.id)}
              className={buttonClassName('secondary')}
            >
              Wrap up
            </Link>
          </li>
        </ul>
      </nav>

      {scheduled ? (
        <Card as="section" aria-labelledby="meeting-change-title" className="meeting-page__section">
          <h2 id="meeting-change-title">{started ? 'How did it go?' : 'Change of plan?'}</h2>
          {started ? (
            <div className="meeting-page__row">
              {moves.includes('COMPLETED') ? (
                <Button
                  variant="primary"
                  busy={actions.busy}
                  onClick={() => void run(actions.complete, 'Recorded: the meeting took place.')}
                >
                  Mark as completed
                </Button>
              ) : null}
              {moves.includes('NO_SHOW') ? (
                <Button
                  busy={actions.busy}
                  onClick={() => void run(actions.markNoShow, 'Recorded: they did not come.')}
                >
                  They did not come
                </Button>
              ) : null}
            </div>
          ) : null}
          {moving ? (
            <RescheduleForm
              meeting={meeting}
              onMove={async (input) => {
                await actions.reschedule(input);
                setAnnouncement('The meeting has moved.');
              }}
              onDone={() => setMoving(false)}
            />
          ) : (
            <div className="meeting-page__row">
              <Button onClick={() => setMoving(true)}>Reschedule</Button>
              <Button variant="danger" onClick={() => setConfirmCancel(true)}>
                Cancel the meeting
              </Button>
            </div>
          )}
        </Card>
      ) : null}

      <History meeting={meeting} />

      <Dialog
        open={confirmCancel}
        onClose={() => setConfirmCancel(false)}
        title="Cancel this meeting?"
        description={`Let ${meeting.contact.fullName} know yourself; the meeting stays on record as cancelled.`}
      >
        <div className="meeting-page__row">
          <Button
            variant="danger"
            busy={actions.busy}
            onClick={() =>
              void run(async () => {
                await actions.cancel();
                setConfirmCancel(false);
              }, 'The meeting is cancelled.')
            }
          >
            Yes, cancel it
          </Button>
          <Button data-autofocus onClick={() => setConfirmCancel(false)}>
            Keep the meeting
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
