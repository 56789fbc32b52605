import { useQuery } from '@apollo/client/react';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { buttonClassName } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { MeetingModeMeetingDocument } from '../../../gql/documents/features/meeting-mode/api/meeting-mode';
import { useMeetingClock } from '../hooks/use-meeting-clock';
import { useMeetingNotes } from '../hooks/use-meeting-notes';
import { FREE_NOTES, questionKey, type NotesSync, type NotesView } from '../utils/notes-sync';
import { CompactClock, MeetingCountdown } from './meeting-countdown';
import { NoteField } from './note-field';
import { QuestionList } from './question-list';
import { SaveStatus } from './save-status';
import './meeting-mode.css';

export interface MeetingModePageProps {
  meetingId: string;
  siteName: string;
  /** Shown instead of the page when the meeting is not the seeker's (or does not exist). */
  notFound: ReactNode;
}

/**
 * Meeting mode: full screen, phone first. The clock, the questions to tick
 * with a note each, and free notes, all kept on the device as typed and
 * saved after a pause.
 */
export function MeetingModePage({ meetingId, siteName, notFound }: MeetingModePageProps) {
  const meeting = useQuery(MeetingModeMeetingDocument, { variables: { id: meetingId } });
  const { sync, view, problem, retry } = useMeetingNotes(meetingId);

  const code = errorCode(meeting.error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || problem?.kind === 'not-found') {
    return notFound;
  }
  const details = meeting.data?.meeting;
  const back = (
    <Link className="meeting-mode__back" to={paths.meeting.href(meetingId)}>
      <span aria-hidden="true">← </span>Leave meeting mode
    </Link>
  );

  if (!details || !view.ready) {
    const failure = meeting.error
      ? messageFor(meeting.error)
      : problem?.kind === 'failed'
        ? problem.message
        : null;
    return (
      <div className="meeting-mode">
        <div className="meeting-mode__bar">{back}</div>
        <PageHeading title="Meeting mode" siteName={siteName} />
        {failure ? (
          <RetryAlert
            title="Meeting mode could not open."
            message={failure}
            onRetry={() => {
              void meeting.refetch();
              retry();
            }}
          />
        ) : (
          <LoadingIndicator label="Opening meeting mode…" />
        )}
      </div>
    );
  }

  return (
    <MeetingModeScreen
      meetingId={meetingId}
      siteName={siteName}
      back={back}
      meeting={details}
      sync={sync}
      view={view}
    />
  );
}

interface MeetingModeScreenProps {
  meetingId: string;
  siteName: string;
  back: ReactNode;
  meeting: { startsAt: string; durationMinutes: number; contact: { fullName: string } };
  sync: NotesSync;
  view: NotesView;
}

/** The page once the meeting and its notes are known; it ticks every second with the clock. */
function MeetingModeScreen({
  meetingId,
  siteName,
  back,
  meeting,
  sync,
  view,
}: MeetingModeScreenProps) {
  const { clock, announcement } = useMeetingClock({
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    warningMinutes: view.warningMinutes,
  });
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = (key: string) =>
    setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));
  const asked = view.questions.filter((q) => q.asked).length;
  return (
    <div className="meeting-mode">
      <div className="meeting-mode__bar">
        {back}
        <CompactClock clock={clock} />
        <SaveStatus state={view.state} />
      </div>
      <PageHeading title={`Meeting with ${meeting.contact.fullName}`} siteName={siteName} />
      <MeetingCountdown clock={clock} announcement={announcement} />
      <section className="meeting-mode__section" aria-labelledby="meeting-questions">
        <div className="meeting-mode__section-head">
          <h2 id="meeting-questions">Questions</h2>
          {view.questions.length > 0 ? (
            <p className="meeting-mode__progress">
              {asked} of {view.questions.length} asked
            </p>
          ) : null}
        </div>
        {view.questions.length === 0 ? (
          <EmptyState
            title="No questions prepared"
            headingLevel={3}
            action={
              <Link
                className={buttonClassName('secondary', 'sm')}
                to={paths.meetingPrepare.href(meetingId)}
              >
                Prepare questions
              </Link>
            }
          >
            Write what you hear in the free notes below, or prepare a list first.
          </EmptyState>
        ) : (
          <QuestionList
            labelledBy="meeting-questions"
            questions={view.questions}
            touched={touched}
            onTick={(questionId, value) => sync.tick(questionId, value)}
            onNote={(questionId, text) => {
              touch(questionId);
              sync.edit(questionKey(questionId), text);
            }}
          />
        )}
      </section>
      <section className="meeting-mode__section" aria-labelledby="meeting-free-notes">
        <h2 id="meeting-free-notes">Free notes</h2>
        <NoteField
          label="Free notes"
          hideLabel
          placeholder="Names, numbers, anything worth remembering"
          rows={6}
          field={view.free}
          touched={touched.has(FREE_NOTES)}
          onChange={(text) => {
            touch(FREE_NOTES);
            sync.edit(FREE_NOTES, text);
          }}
        />
      </section>
      <p className="meeting-mode__next">
        <Link className={buttonClassName('primary')} to={paths.meetingWrapUp.href(meetingId)}>
          Wrap up: referrals and thanks
        </Link>
      </p>
    </div>
  );
}
