import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';

export const CLOCK_PHASES = ['NOT_STARTED', 'RUNNING', 'WARNING', 'OVERRUN'] as const;
export type ClockPhase = (typeof CLOCK_PHASES)[number];

export interface MeetingClock {
  phase: ClockPhase;
  endsAt: Date;
  warningAt: Date;
  secondsUntilStart: number;
  elapsedSeconds: number;
  /** Rounded up, so the countdown reads 0 only when time is really up. */
  remainingSeconds: number;
  overrunSeconds: number;
  message: string;
}

const MESSAGES: { readonly [K in ClockPhase]: (warningMinutes: number) => string } = {
  NOT_STARTED: () => 'The meeting has not started yet. Have your questions in front of you.',
  RUNNING: () => 'Keep an eye on the time: you promised to be brief.',
  WARNING: (minutes) =>
    `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} left: wrap up and ask whether they can refer you to anyone.`,
  OVERRUN: () =>
    'You are past the time you agreed. Thank them for their time and close the meeting now.',
};

/**
 * The meeting mode's countdown. It is a pure function of the clock so the
 * client can call it every second and the server can reproduce any moment.
 * The warning comes `warningMinutes` before the agreed end (never before the
 * start); at the end itself the meeting is overrunning.
 */
export function meetingClock(input: {
  startsAt: Date;
  durationMinutes: number;
  now: Date;
  settings?: AgencySettings;
}): MeetingClock {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const start = input.startsAt.getTime();
  const end = start + input.durationMinutes * 60_000;
  const warningMinutes = Math.min(settings.meeting.warningMinutes, input.durationMinutes);
  const warning = end - warningMinutes * 60_000;
  const now = input.now.getTime();
  const phase: ClockPhase =
    now < start ? 'NOT_STARTED' : now >= end ? 'OVERRUN' : now >= warning ? 'WARNING' : 'RUNNING';
  return {
    phase,
    endsAt: new Date(end),
    warningAt: new Date(warning),
    secondsUntilStart: Math.max(0, Math.ceil((start - now) / 1000)),
    elapsedSeconds: Math.max(0, Math.floor((now - start) / 1000)),
    remainingSeconds: Math.max(0, Math.ceil((end - Math.max(now, start)) / 1000)),
    overrunSeconds: Math.max(0, Math.floor((now - end) / 1000)),
    message: MESSAGES[phase](warningMinutes),
  };
}
