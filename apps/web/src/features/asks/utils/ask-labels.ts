import type { AskChannel, AskStatus } from '../../../gql/graphql';

export const CHANNEL_LABELS: Record<AskChannel, string> = {
  PHONE: 'Phone',
  EMAIL: 'Email',
  IN_PERSON: 'In person',
  INTRODUCTION: 'Through an introduction',
};

/** How the ask was made, inside a sentence: "asked by phone". */
export const CHANNEL_PHRASES: Record<AskChannel, string> = {
  PHONE: 'by phone',
  EMAIL: 'by email',
  IN_PERSON: 'in person',
  INTRODUCTION: 'through an introduction',
};

export const STATUS_LABELS: Record<AskStatus, string> = {
  ASKED: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  NO_RESPONSE: 'No answer',
  WITHDRAWN: 'Withdrawn',
};

/** The button that moves an ask into each status. */
export const OUTCOME_ACTIONS: Record<AskStatus, string> = {
  ASKED: 'Reopen',
  ACCEPTED: 'They said yes',
  DECLINED: 'They said no',
  NO_RESPONSE: 'No answer',
  WITHDRAWN: 'Withdraw my ask',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** "today", "3 days", "2 weeks": how long an ask has waited, for the dashboard. */
export function waitedFor(askedAt: string, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - new Date(askedAt).getTime()) / DAY_MS));
  if (days === 0) return 'today';
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  if (days < 60) return `${Math.floor(days / 7)} weeks`;
  return `${Math.floor(days / 30)} months`;
}
