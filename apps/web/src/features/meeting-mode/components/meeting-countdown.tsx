import type { ClockPhase, MeetingClock } from '@rapport/domain';

function hms(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

const PHASE_LABEL: { readonly [P in ClockPhase]: string } = {
  NOT_STARTED: 'Starts in',
  RUNNING: 'Left',
  WARNING: 'Nearly time',
  OVERRUN: 'Over time',
};

/** What the clock face shows: time to the start, time left, or time over. */
function clockFace(clock: MeetingClock): string {
  if (clock.phase === 'NOT_STARTED') return hms(clock.secondsUntilStart);
  if (clock.phase === 'OVERRUN') return `+${hms(clock.overrunSeconds)}`;
  return hms(clock.remainingSeconds);
}

const phaseClass = (clock: MeetingClock) => clock.phase.toLowerCase().replace('_', '-');

/** The clock again, small, in the bar that stays on screen while the seeker scrolls. */
export function CompactClock({ clock }: { clock: MeetingClock }) {
  return (
    <span
      className={`meeting-clock-compact meeting-clock-compact--${phaseClass(clock)}`}
      aria-hidden="true"
    >
      {clockFace(clock)}{' '}
      {clock.phase === 'OVERRUN' ? 'over' : clock.phase === 'NOT_STARTED' ? 'to start' : 'left'}
    </span>
  );
}

export interface MeetingCountdownProps {
  clock: MeetingClock;
  /** Said politely when the phase changes (see useMeetingClock). */
  announcement: string;
}

/** The countdown to the agreed end, with the warning before it and the overrun after. */
export function MeetingCountdown({ clock, announcement }: MeetingCountdownProps) {
  const shown = clockFace(clock);
  const ends = new Date(clock.endsAt).toLocaleTimeString([], {
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <section className={`meeting-clock meeting-clock--${phaseClass(clock)}`} aria-label="Time">
      <p className="meeting-clock__label">{PHASE_LABEL[clock.phase]}</p>
      {/* role=timer is not live: the phase changes are announced below instead. */}
      <p
        className="meeting-clock__time"
        role="timer"
        aria-label={`${PHASE_LABEL[clock.phase]} ${shown}`}
      >
        {shown}
      </p>
      <p className="meeting-clock__ends">
        Agreed end <span>{ends}</span>
      </p>
      <p className="meeting-clock__message">{clock.message}</p>
      <p role="status" className="rp-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
