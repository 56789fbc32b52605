import type { HiringStatusChange } from '../company/company.js';
import type { MeetingStatus } from '../meeting/meeting-rules.js';
import { compareText } from '../text.js';

/** One informational interview, as the alert rules see it. */
export interface InterviewHistoryEntry {
  meetingId: string;
  seekerId: string;
  /** The company the person met works for. */
  companyId: string;
  /** The person the seeker met: the one to get back to when the company hires. */
  contactId: string;
  contactName: string;
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
  /** The person met most recently there, whom the message names. */
  contactId: string;
  contactName: string;
  lastMeetingId: string;
  message: string;
}

export interface WarmCandidate {
  seekerId: string;
  meetingCount: number;
  lastMetAt: Date;
  /** The most recent meeting there, and the person met in it. */
  lastMeetingId: string;
  lastContactId: string;
  lastContactName: string;
}

/** Later start first; the meeting id breaks a tie so the order never depends on input order. */
function isMoreRecent(a: InterviewHistoryEntry, b: { lastMetAt: Date; lastMeetingId: string }) {
  const diff = a.startsAt.getTime() - b.lastMetAt.getTime();
  return diff > 0 || (diff === 0 && compareText(a.meetingId, b.lastMeetingId) > 0);
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
        lastMeetingId: interview.meetingId,
        lastContactId: interview.contactId,
        lastContactName: interview.contactName,
      });
      continue;
    }
    current.meetingCount += 1;
    if (isMoreRecent(interview, current)) {
      current.lastMetAt = interview.startsAt;
      current.lastMeetingId = interview.meetingId;
      current.lastContactId = interview.contactId;
      current.lastContactName = interview.contactName;
    }
  }
  return [...bySeeker.values()].sort(
    (a, b) => b.lastMetAt.getTime() - a.lastMetAt.getTime() || compareText(a.seekerId, b.seekerId),
  );
}

export function hiringAlertKey(companyId: string, changedAt: Date, seekerId: string): string {
  return `hiring:${companyId}:${changedAt.toISOString()}:${seekerId}`;
}

/** What the seeker reads: the company, the news, and whom to call. */
export function hiringAlertMessage(companyName: string, contactName: string): string {
  return `${companyName} is hiring now. You met ${contactName} there for an informational interview: get back in touch with them first, they already know you.`;
}

/**
 * When a company turns to HIRING, everyone who had an informational
 * interview there hears first: one alert per seeker per change, however many
 * meetings they had, and none that were already sent for this change. The
 * alert names the person they met most recently, the one to get back to.
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
      contactId: candidate.lastContactId,
      contactName: candidate.lastContactName,
      lastMeetingId: candidate.lastMeetingId,
      message: hiringAlertMessage(input.company.name, candidate.lastContactName),
    });
  }
  return alerts;
}
