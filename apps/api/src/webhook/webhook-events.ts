/**
 * The events partners can subscribe to, by their wire name, with the shape
 * of `data` in each delivery. The body of every delivery is
 * `{ "id": "<event id>", "type": "<name>", "createdAt": "<ISO instant>", "data": { … } }`.
 * company.hiring_status_changed and referral.created are emitted today; the
 * others are emitted by their concepts (meetings, asks) as those land, with
 * the shapes promised here and in the docs at /api.
 */
export const WEBHOOK_EVENTS = {
  'company.hiring_status_changed': {
    enumName: 'COMPANY_HIRING_STATUS_CHANGED',
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
    description: 'A seeker recorded a referral: one contact gave the name of another.',
    example: {
      referral: {
        id: 'UmVmZXJyYWw6…',
        referredBy: { id: 'Q29udGFjdDo…', fullName: 'Dana Ortiz' },
        referred: { fullName: 'Sam Lee', title: 'Engineering Manager', companyName: 'Acme' },
        createdAt: '2026-03-02T09:30:00.000Z',
      },
    },
  },
  'meeting.completed': {
    enumName: 'MEETING_COMPLETED',
    description:
      'An informational interview took place. Carries no seeker notes or personal details.',
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
    description: 'A contact accepted or declined a request for an informational interview.',
    example: {
      ask: {
        id: 'QXNrOg…',
        contact: { id: 'Q29udGFjdDo…' },
        status: 'ACCEPTED',
        answeredAt: '2026-03-02T09:30:00.000Z',
      },
    },
  },
} as const;

export type WebhookEventName = keyof typeof WEBHOOK_EVENTS;

export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEventName[];

export const isWebhookEventName = (value: string): value is WebhookEventName =>
  Object.hasOwn(WEBHOOK_EVENTS, value);
