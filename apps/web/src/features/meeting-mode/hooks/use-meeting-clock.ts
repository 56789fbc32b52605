import {
  DEFAULT_SETTINGS,
  meetingClock,
  type ClockPhase,
  type MeetingClock,
} from '@rapport/domain';
import { useEffect, useState } from 'react';

/**
 * The countdown, recomputed every second by the domain's meetingClock.
 * `announcement` changes only when the phase does (the warning, the end),
 * so a screen reader hears those moments and not every second.
 */
export function useMeetingClock(input: {
  startsAt: string;
  durationMinutes: number;
  warningMinutes: number;
}): { clock: MeetingClock; announcement: string } {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const clock = meetingClock({
    startsAt: new Date(input.startsAt),
    durationMinutes: input.durationMinutes,
    now,
    settings: {
      ...DEFAULT_SETTINGS,
      meeting: { ...DEFAULT_SETTINGS.meeting, warningMinutes: input.warningMinutes },
    },
  });
  const [announced, setAnnounced] = useState<{ phase: ClockPhase; text: string }>(() => ({
    phase: clock.phase,
    text: '',
  }));
  // The phase the page opened in is read with the page; only changes are announced.
  if (announced.phase !== clock.phase) setAnnounced({ phase: clock.phase, text: clock.message });
  return { clock, announcement: announced.text };
}
