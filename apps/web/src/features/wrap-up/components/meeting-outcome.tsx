import { formatCalendarDate } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { Alert } from '@rapport/ui/alert';
import { Button, buttonClassName } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { TextField } from '@rapport/ui/text-field';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { WrapUpMeetingDetailFragment } from '../../../gql/graphql';
import { useMeetingOutcome } from '../hooks/use-wrap-up';
import './wrap-up.css';

const pad = (n: number) => String(n).padStart(2, '0');

/** The value a time input shows for `date`, in the browser's time zone. */
function timeInputValue(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a time typed on the meeting's day means, in the browser's time zone. */
function endOnMeetingDay(startsAt: string, time: string): Date | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const end = new Date(startsAt);
  end.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return end;
}

function Outcome({ meeting }: { meeting: WrapUpMeetingDetailFragment }) {
  const card = meeting.thankYouCard;
  if (meeting.status === 'COMPLETED') {
    return (
      <Alert tone="success" title="Marked completed" live>
        <p>
          {card ? (
            <>
              Your thank-you card to {meeting.contact.fullName} is due by{' '}
              <time dateTime={card.dueOn}>{formatCalendarDate(card.dueOn)}</time>.{' '}
            </>
          ) : null}
          Call the people they named today, while the introduction is fresh.
        </p>
        <p className="outcome-links">
          <Link to={paths.followUps.href()} className={buttonClassName('primary', 'sm')}>
            Your follow-ups
          </Link>
          <Link to={paths.thankYouCards.href()} className={buttonClassName('secondary', 'sm')}>
            Thank-you cards
          </Link>
        </p>
      </Alert>
    );
  }
  const said = meeting.status === 'NO_SHOW' ? 'They did not come.' : 'This meeting was cancelled.';
  return (
    <Alert tone="info" title={meeting.status === 'NO_SHOW' ? 'Marked no-show' : 'Cancelled'} live>
      {said}
    </Alert>
  );
}

/** Completed (with when it really ended) or no-show; the card and follow-ups come next. */
export function MeetingOutcome({ meeting }: { meeting: WrapUpMeetingDetailFragment }) {
  const { complete, noShow, busy } = useMeetingOutcome(meeting.id);
  const [openedAt] = useState(() => Date.now());
  const started = new Date(meeting.startsAt).getTime() <= openedAt;
  // The agreed end once it has passed, else now: what the API assumes when told nothing.
  const [endedAt, setEndedAt] = useState(() =>
    timeInputValue(new Date(Math.min(new Date(meeting.endsAt).getTime(), openedAt))),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [endError, setEndError] = useState<string | null>(null);
  const endRef = useRef<HTMLInputElement>(null);

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(messageFor(error));
    }
  }

  function markCompleted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const end = endOnMeetingDay(meeting.startsAt, endedAt);
    if (
      !end ||
      end.getTime() < new Date(meeting.startsAt).getTime() ||
      end.getTime() > Date.now()
    ) {
      setEndError('Enter a time between the start of the meeting and now.');
      endRef.current?.focus();
      return;
    }
    setEndError(null);
    void run(() => complete(end.toISOString()));
  }

  return (
    <Card as="section" aria-labelledby="outcome-title" className="wrap-up-panel">
      <h2 id="outcome-title" className="wrap-up-panel__title">
        How did it go?
      </h2>
      {meeting.status !== 'SCHEDULED' ? (
        <Outcome meeting={meeting} />
      ) : !started ? (
        <p className="muted">
          Mark the meeting here once it has started: completed, or a no-show if they did not come.
        </p>
      ) : (
        <>
          {problem ? <Alert tone="error">{problem}</Alert> : null}
          <form className="outcome-form" noValidate onSubmit={markCompleted}>
            <TextField
              ref={endRef}
              label="It ended at"
              type="time"
              hint="Your local time. The thank-you card is due two business days after."
              value={endedAt}
              error={endError}
              onChange={(event) => setEndedAt(event.target.value)}
            />
            <div className="wrap-up-actions">
              <Button type="submit" variant="primary" busy={busy}>
                Mark completed
              </Button>
              <Button onClick={() => void run(noShow)} disabled={busy}>
                No-show
              </Button>
            </div>
          </form>
        </>
      )}
    </Card>
  );
}
