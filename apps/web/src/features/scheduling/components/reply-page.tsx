import { browserTimeZone, formatClockSpan, formatMeetingTime } from '@rapport/client/format';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { LOCATION_NAMES, localDateAndTimeToInstant, optionalText } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RadioGroup } from '@rapport/ui/radio-group';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { ZonedDateTimeFields } from '@rapport/ui/zoned-date-time-fields';
import { useState } from 'react';
import type { SchedulingReplyDetailFragment } from '../../../gql/graphql';
import { useSchedulingReply } from '../hooks/use-scheduling-reply';
import './scheduling.css';

/** The most a contact may write when declining (the API's limit). */
const NOTE_MAX = 1000;

/** Why a link no longer opens, as the contact should read it. */
const CLOSED_LINKS: Record<string, string> = {
  'SCHEDULING.LINK_USED': 'Already answered',
  'SCHEDULING.LINK_EXPIRED': 'Link expired',
  'SCHEDULING.LINK_REPLACED': 'Replaced by a newer link',
  'SCHEDULING.LINK_CLOSED': 'No longer needed',
  'SCHEDULING.LINK_UNKNOWN': 'Request not found',
};

type Reply = SchedulingReplyDetailFragment;
type ReplySlot = Reply['slots'][number];

/** "Thursday, April 2, 2026, 10:00 AM EDT – 10:20 AM EDT", plus the reader's own clock when it differs. */
function timeText(slot: ReplySlot, ownZone: string): string {
  const theirs = formatMeetingTime(slot.startsAt, slot.durationMinutes, slot.timeZone);
  if (ownZone === slot.timeZone) return theirs;
  return `${theirs} (your time: ${formatClockSpan(slot.startsAt, slot.durationMinutes, ownZone)})`;
}

function placeText(reply: Reply): string {
  const name = reply.locationKind === 'OFFICE' ? 'Your office' : LOCATION_NAMES[reply.locationKind];
  return reply.locationDetails ? `${name} (${reply.locationDetails})` : name;
}

function Answered({ reply, ownZone }: { reply: Reply; ownZone: string }) {
  const name = reply.seekerFirstName;
  if (reply.status === 'ACCEPTED' && reply.chosenSlot) {
    return (
      <Alert tone="success" live title="Thank you: the meeting is set">
        <p>
          {timeText(reply.chosenSlot, ownZone)}. Where: {placeText(reply)}. {name} has been told and
          will keep to the {reply.durationMinutes} minutes.
        </p>
      </Alert>
    );
  }
  if (reply.status === 'COUNTER_PROPOSED' && reply.counterSlot) {
    return (
      <Alert tone="success" live title="Thank you: your time has been sent">
        <p>
          {name} will confirm {timeText(reply.counterSlot, ownZone)}, or suggest other times.
        </p>
      </Alert>
    );
  }
  return (
    <Alert tone="success" live title="Thank you for letting them know">
      <p>{name} has your answer. Nothing more is needed from you.</p>
    </Alert>
  );
}

function PickTime({
  reply,
  ownZone,
  onPick,
}: {
  reply: Reply;
  ownZone: string;
  onPick: (slotId: string) => Promise<void>;
}) {
  const form = useValidatedForm({
    fields: ['slotId'] as const,
    initialValues: { slotId: '' },
    validate: ({ slotId }): Verdict<string> =>
      slotId
        ? { ok: true, value: slotId }
        : { ok: false, error: { field: 'slotId', message: 'Choose one of the times.' } },
    onValid: onPick,
  });
  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <RadioGroup
        legend="The times offered"
        stacked
        options={reply.slots.map((slot) => ({ value: slot.id, label: timeText(slot, ownZone) }))}
        value={form.values.slotId || null}
        onChange={(slotId) => form.change('slotId', slotId)}
        {...form.bind('slotId')}
      />
      <Button type="submit" variant="primary" busy={form.submitting}>
        {form.submitting ? 'Confirming…' : 'Confirm this time'}
      </Button>
    </form>
  );
}

function OfferAnotherTime({ onOffer }: { onOffer: (startsAt: string) => Promise<void> }) {
  const form = useValidatedForm({
    fields: ['startsAt', 'time', 'timeZone'] as const,
    initialValues: { startsAt: '', time: '', timeZone: browserTimeZone() },
    validate: (values): Verdict<string> => {
      const start = localDateAndTimeToInstant(values.startsAt, values.time, values.timeZone, {
        date: 'startsAt',
        time: 'time',
      });
      if (!start.ok) return start;
      if (start.value.getTime() <= Date.now()) {
        return { ok: false, error: { field: 'startsAt', message: 'Choose a time in the future.' } };
      }
      return { ok: true, value: start.value.toISOString() };
    },
    onValid: onOffer,
  });
  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <ZonedDateTimeFields
        date={{ label: 'Date', ...form.text('startsAt') }}
        time={{ label: 'Time', ...form.text('time') }}
        zone={{
          label: 'Time zone',
          hint: 'Yours, unless you change it.',
          ...form.text('timeZone'),
        }}
      />
      <Button type="submit" busy={form.submitting}>
        {form.submitting ? 'Sending…' : 'Offer this time'}
      </Button>
    </form>
  );
}

function Decline({ onDecline }: { onDecline: (note: string | null) => Promise<void> }) {
  const form = useValidatedForm({
    fields: ['note'] as const,
    initialValues: { note: '' },
    validate: ({ note }) =>
      optionalText(note, { field: 'note', label: 'The note', max: NOTE_MAX, code: 'NOTE' }),
    onValid: onDecline,
  });
  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextAreaField
        label="A word for them"
        optional
        hint="For example: “Not this month, but try me again in the spring.”"
        maxLength={NOTE_MAX}
        {...form.text('note')}
      />
      <Button type="submit" variant="secondary" busy={form.submitting}>
        {form.submitting ? 'Sending…' : 'Decline politely'}
      </Button>
    </form>
  );
}

/**
 * The page behind a scheduling link, for the person asked: no account, this
 * one meeting only. They pick a time, offer another or decline; the seeker
 * sees the answer at once. A used, expired or unknown link says so plainly.
 */
export function ReplyPage({ token }: { token: string }) {
  const { reply, loading, error, retry, acceptSlot, proposeOther, declineTimes } =
    useSchedulingReply(token);
  const [answered, setAnswered] = useState<Reply | null>(null);
  const ownZone = browserTimeZone();
  const shown = answered ?? reply;
  const closed = CLOSED_LINKS[errorCode(error) ?? ''];
  const title = shown ? `${shown.seekerFirstName} would like to meet you` : 'A meeting request';

  return (
    <>
      <PageHeading title={title} siteName="Rapport" />
      {loading && !shown ? <LoadingIndicator label="Opening the request…" /> : null}
      {error && !shown && closed ? (
        <Alert tone="info" title={closed}>
          <p>{messageFor(error)}</p>
        </Alert>
      ) : null}
      {error && !shown && !closed ? (
        <RetryAlert
          title="The request could not be opened."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {answered ? <Answered reply={answered} ownZone={ownZone} /> : null}
      {shown && !answered ? (
        <div className="reply-page">
          <p className="reply-page__lead">
            {shown.seekerFirstName} would value a brief informational meeting of{' '}
            {shown.durationMinutes} minutes with you, and will keep to the time. Where:{' '}
            {placeText(shown)}. Pick a time that suits you, offer another, or decline; no account is
            needed.
          </p>
          <Card as="section" aria-labelledby="reply-pick-title" className="reply-page__section">
            <h2 id="reply-pick-title">Pick a time</h2>
            {shown.slots.length > 0 ? (
              <PickTime
                reply={shown}
                ownZone={ownZone}
                onPick={async (slotId) => setAnswered(await acceptSlot(slotId))}
              />
            ) : (
              <p>The times offered have passed. Offer a time of your own below, or decline.</p>
            )}
          </Card>
          <Card as="section" aria-labelledby="reply-other-title" className="reply-page__section">
            <h2 id="reply-other-title">None of these work?</h2>
            <OfferAnotherTime
              onOffer={async (startsAt) => setAnswered(await proposeOther(startsAt))}
            />
          </Card>
          <Card as="section" aria-labelledby="reply-decline-title" className="reply-page__section">
            <h2 id="reply-decline-title">Not able to meet?</h2>
            <Decline onDecline={async (note) => setAnswered(await declineTimes(note))} />
          </Card>
        </div>
      ) : null}
    </>
  );
}
