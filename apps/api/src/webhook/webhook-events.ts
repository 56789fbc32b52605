import type { ApiScope } from '../graphql/scope.js';

/**
 * The events partners can subscribe to, by their wire name, with the shape
 * of `data` in each delivery and the scope a key needs to subscribe (the
 * same that lets it read what the event is about). The body of every
 * delivery is
 * `{ "id": "<event id>", "type": "<name>", "createdAt": "<ISO instant>", "data": { … } }`.
 *
 * A concept emits one with `emitEvent(manager, '<name>', data, now)` from
 * webhook/outbox.ts, inside the transaction that made the change, with
 * `data` shaped like the example here (ids made global with toGlobalId):
 * company.hiring_status_changed (CompanyService.setHiringStatus),
 * meeting.completed (MeetingService.changeStatus), ask.answered
 * (AskService.recordOutcome), referral.created (the referrals concept).
 */
export const WEBHOOK_EVENTS = {
  'company.hiring_status_changed': {
    enumName: 'COMPANY_HIRING_STATUS_CHANGED',
    scope: 'companies:read',
    description: "A company's hiring status changed (for example to HIRING).",
    example: {
      company: {
        id: 'Q29tcGFueTo…',
        name: 'Bluebird Health',
        hiringStatus: 'HIRING',
        previousHiringStatus: 'NOT_HIRING',
        hiringStatusChangedAt: '2026-03-02T09:30:00.000Z',
      },
    },
  },
  'referral.created': {
    enumName: 'REFERRAL_CREATED',
    scope: 'interviews:read',
    description:
      "A seeker recorded a referral: the person they met gave the name of someone else. Carries ids only, no names: the referred person is the seeker's private contact, and a payload outlives the key that received it. Read the referral with its id (interviews:read) while the key is valid.",
    example: {
      referral: {
        id: 'UmVmZXJyYWw6…',
        meeting: { id: 'TWVldGluZzo…' },
        referredBy: { id: 'Q29udGFjdDo…' },
        createdAt: '2026-03-02T09:30:00.000Z',
      },
    },
  },
  'meeting.completed': {
    enumName: 'MEETING_COMPLETED',
    scope: 'interviews:read',
    description:
      "An informational interview with one of the agency's contacts took place. Carries no seeker notes or personal details: read the meeting with its id (interviews:read) for the rest. company is null when the contact has none.",
    example: {
      meeting: {
        id: 'TWVldGluZzo…',
        contact: { id: 'Q29udGFjdDo…' },
        company: { id: 'Q29tcGFueTo…' },
        completedAt: '2026-03-02T09:50:00.000Z',
      },
    },
  },
  'ask.answered': {
    enumName: 'ASK_ANSWERED',
    scope: 'interviews:read',
    description:
      "One of the agency's contacts accepted or declined a seeker's request for an informational interview (as the seeker recorded it). company is where they worked when asked, or null.",
    example: {
      ask: {
        id: 'QXNrOg…',
        contact: { id: 'Q29udGFjdDo…' },
        company: { id: 'Q29tcGFueTo…' },
        status: 'ACCEPTED',
        answeredAt: '2026-03-02T09:30:00.000Z',
      },
    },
  },
} as const satisfies Record<
  string,
  { enumName: string; scope: ApiScope; description: string; example: object }
>;

export type WebhookEventName = keyof typeof WEBHOOK_EVENTS;

export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEventName[];

export const isWebhookEventName = (value: string): value is WebhookEventName =>
  Object.hasOwn(WEBHOOK_EVENTS, value);
