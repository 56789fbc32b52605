import type { ClockPhase } from '@rapport/domain';
import { useMeetingClock } from '../hooks/use-meeting-clock';

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

export interface MeetingCountdownProps {
  startsAt: string;
  durationMinutes: number;
  warningMinutes: number;
}

/** The countdown to the agreed end, with the warning before it and the overrun after. */
export function MeetingCountdown(props: MeetingCountdownProps) {
  const { clock, announcement } = useMeetingClock(props);
  const shown =
    clock.phase === 'NOT_STARTED'
      ? hms(clock.secondsUntilStart)
      : clock.phase === 'OVERRUN'
        ? `+${hms(clock.overrunSeconds)}`
        : hms(clock.remainingSeconds);
  const ends = new Date(clock.endsAt).toLocaleTimeString([], {
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <section
      className={`meeting-clock meeting-clock--${clock.phase.toLowerCase().replace('_', '-')}`}
      aria-label="Time"
    >
      <p className="meeting-clock__label">{PHASE_LABEL[clock.phase]}</p>
      {/* role=timer is not live: the phase changes are announced below instead. */}
      <p
        className="meeting-clock__time"
        role="timer"
        aria-label={`${PHASE_LABEL[clock.phase]} ${shown}`}
      >
        {shown}
      </p>
      <p className="meeting-clock__ends">Agreed end {ends}</p>
      <p className="meeting-clock__message">{clock.message}</p>
      <p role="status" className="rp-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
