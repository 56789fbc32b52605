import type { HiringStatusChange } from '../company/company.js';
import type { MeetingStatus } from '../meeting/meeting-rules.js';
import { compareText } from '../text.js';

/** One informational interview, as the alert rules see it. */
export interface InterviewHistoryEntry {
  meetingId: string;
  seekerId: string;
  /** The company the contact worked for at the time of the meeting. */
  companyId: string;
  status: MeetingStatus;
  startsAt: Date;
}

export interface HiringAlert {
  /** Stable per company, change and seeker: the same change never alerts a seeker twice. */
  key: string;
  seekerId: string;
  companyId: string;
  meetingIds: string[];
  lastMetAt: Date;
  message: string;
}

export interface WarmCandidate {
  seekerId: string;
  meetingCount: number;
  lastMetAt: Date;
}

/**
 * Seekers who had an informational interview at the company, most recent
 * first: the people staff should think of when it starts hiring.
 */
export function warmCandidates(
  companyId: string,
  interviews: readonly InterviewHistoryEntry[],
): WarmCandidate[] {
  const bySeeker = new Map<string, WarmCandidate>();
  for (const interview of interviews) {
    if (interview.companyId !== companyId || interview.status !== 'COMPLETED') continue;
    const current = bySeeker.get(interview.seekerId);
    if (!current) {
      bySeeker.set(interview.seekerId, {
        seekerId: interview.seekerId,
        meetingCount: 1,
        lastMetAt: interview.startsAt,
      });
      continue;
    }
    current.meetingCount += 1;
    if (interview.startsAt > current.lastMetAt) current.lastMetAt = interview.startsAt;
  }
  return [...bySeeker.values()].sort(
    (a, b) => b.lastMetAt.getTime() - a.lastMetAt.getTime() || compareText(a.seekerId, b.seekerId),
  );
}

export function hiringAlertKey(companyId: string, changedAt: Date, seekerId: string): string {
  return `hiring:${companyId}:${changedAt.toISOString()}:${seekerId}`;
}

/**
 * When a company turns to HIRING, everyone who had an informational
 * interview there hears first: one alert per seeker per change, however many
 * meetings they had, and none that were already sent for this change.
 */
export function alertsForHiringChange(input: {
  company: { id: string; name: string };
  change: HiringStatusChange;
  interviews: readonly InterviewHistoryEntry[];
  /** Keys of alerts already sent, so a retried job sends nothing twice. */
  alreadySent?: readonly string[];
}): HiringAlert[] {
  if (!input.change.startedHiring) return [];
  const sent = new Set(input.alreadySent ?? []);
  const alerts: HiringAlert[] = [];
  for (const candidate of warmCandidates(input.company.id, input.interviews)) {
    const key = hiringAlertKey(input.company.id, input.change.changedAt, candidate.seekerId);
    if (sent.has(key)) continue;
    alerts.push({
      key,
      seekerId: candidate.seekerId,
      companyId: input.company.id,
      meetingIds: input.interviews
        .filter(
          (i) =>
            i.seekerId === candidate.seekerId &&
            i.companyId === input.company.id &&
            i.status === 'COMPLETED',
        )
        .map((i) => i.meetingId),
      lastMetAt: candidate.lastMetAt,
      message: `${input.company.name} is hiring now. You met them for an informational interview, so get in touch with your contact there: they already know you.`,
    });
  }
  return alerts;
}
