import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import {
  DEFAULT_SETTINGS,
  localDateAndTimeToInstant,
  localTimeRange,
  RESCHEDULE_REASON_MAX,
  rescheduleMeeting,
} from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { ZonedDateTimeFields } from '@rapport/ui/zoned-date-time-fields';
import type { MeetingDetailFragment, RescheduleMeetingInput } from '../../../gql/graphql';

const FIELDS = ['startsAt', 'time', 'timeZone', 'durationMinutes', 'reason'] as const;
const { minMinutes, maxMinutes } = DEFAULT_SETTINGS.meeting;

interface Values {
  startsAt: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  reason: string;
}

/** The move checked as the API checks it: rescheduleMeeting on the meeting as it stands. */
function checkMove(
  meeting: MeetingDetailFragment,
  values: Values,
): Verdict<RescheduleMeetingInput> {
  const start = localDateAndTimeToInstant(values.startsAt, values.time, values.timeZone, {
    date: 'startsAt',
    time: 'time',
  });
  if (!start.ok) return start;
  const minutes = values.durationMinutes.trim() === '' ? null : Number(values.durationMinutes);
  const moved = rescheduleMeeting(
    {
      id: meeting.id,
      requestId: 'ask',
      seekerId: 'seeker',
      contactId: meeting.contact.id,
      status: meeting.status,
      startsAt: new Date(meeting.startsAt),
      durationMinutes: meeting.durationMinutes,
      timeZone: meeting.timeZone,
      location: { kind: meeting.locationKind, details: meeting.locationDetails ?? null },
      statusChangedAt: new Date(meeting.statusChangedAt),
      endedAt: null,
      reschedules: [],
    },
    {
      id: 'move',
      startsAt: start.value,
      // A length typed again unchanged is not a new length (it is not checked again).
      durationMinutes: minutes === meeting.durationMinutes ? null : minutes,
      timeZone: values.timeZone,
      reason: values.reason,
      now: new Date(),
    },
  );
  if (!moved.ok) return moved;
  const { startsAt, durationMinutes, timeZone } = moved.value;
  const reason = moved.value.reschedules.at(-1)?.reason ?? null;
  return {
    ok: true,
    value: {
      startsAt: startsAt.toISOString(),
      // Sent only when it changed: an agreed length is not checked against today's settings.
      durationMinutes: durationMinutes === meeting.durationMinutes ? null : durationMinutes,
      timeZone,
      reason,
    },
  };
}

/** A new time for the meeting; the old one stays in its history. */
export function RescheduleForm({
  meeting,
  onMove,
  onDone,
}: {
  meeting: MeetingDetailFragment;
  onMove: (input: RescheduleMeetingInput) => Promise<unknown>;
  onDone: () => void;
}) {
  const current = localTimeRange(new Date(meeting.startsAt), 0, meeting.timeZone);
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: {
      startsAt: current.date,
      time: current.startTime,
      timeZone: meeting.timeZone,
      durationMinutes: String(meeting.durationMinutes),
      reason: '',
    },
    validate: (values) => checkMove(meeting, values),
    onValid: async (input) => {
      await onMove(input);
      onDone();
    },
  });
  return (
    <form className="form-stack" noValidate onSubmit={form.submit} aria-label="Reschedule">
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <ZonedDateTimeFields
        date={{ label: 'New date', ...form.text('startsAt') }}
        time={{ label: 'New time', ...form.text('time') }}
        zone={{ label: 'Time zone', ...form.text('timeZone') }}
      />
      <TextField
        label="Length in minutes"
        type="number"
        min={minMinutes}
        max={maxMinutes}
        {...form.text('durationMinutes')}
      />
      <TextField
        label="Why it moved"
        optional
        maxLength={RESCHEDULE_REASON_MAX}
        {...form.text('reason')}
      />
      <div className="meeting-page__row">
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? 'Moving…' : 'Move the meeting'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Keep the current time
        </Button>
      </div>
    </form>
  );
}
