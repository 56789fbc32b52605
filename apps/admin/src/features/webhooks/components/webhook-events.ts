import type { WebhookEvent } from '../../../gql/graphql';

/** How the dashboard names each event; the wire name is what subscribers see. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, { label: string; wire: string }> = {
  COMPANY_HIRING_STATUS_CHANGED: {
    label: 'Hiring status changed',
    wire: 'company.hiring_status_changed',
  },
  REFERRAL_CREATED: { label: 'Referral created', wire: 'referral.created' },
  MEETING_COMPLETED: { label: 'Meeting completed', wire: 'meeting.completed' },
  ASK_ANSWERED: { label: 'Ask answered', wire: 'ask.answered' },
};

export const WEBHOOK_EVENTS = Object.keys(WEBHOOK_EVENT_LABELS) as WebhookEvent[];
