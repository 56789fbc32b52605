import { browserTimeZone } from '@rapport/client/format';
import { useValidatedForm } from '@rapport/client/use-validated-form';
import { DEFAULT_SETTINGS } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { ZonedDateTimeFields } from '@rapport/ui/zoned-date-time-fields';
import { useScheduleMeeting } from '../hooks/use-scheduling-mutations';
import { checkSchedule, SCHEDULE_FIELDS, type ScheduleValues } from '../utils/scheduling-rules';
import { DurationField } from './duration-field';
import { LocationFields } from './location-fields';

const { defaultMinutes } = DEFAULT_SETTINGS.meeting;

/**
 * The time agreed on the phone after a yes: date, time and zone (the
 * seeker's own by default), 15–20 minutes, and where. Checked as it is typed
 * with the domain's rules; the API's refusals land on their field.
 */
export function ScheduleMeetingForm({
  askId,
  onBooked,
}: {
  askId: string;
  onBooked: (meetingId: string) => void;
}) {
  const schedule = useScheduleMeeting();
  const form = useValidatedForm({
    fields: SCHEDULE_FIELDS,
    initialValues: {
      startsAt: '',
      time: '',
      timeZone: browserTimeZone(),
      durationMinutes: String(defaultMinutes),
      'location.kind': 'OFFICE',
      'location.details': '',
    } as ScheduleValues,
    validate: (values) => checkSchedule(values, new Date()),
    onValid: async (checked) => {
      const meeting = await schedule({ askId, ...checked });
      onBooked(meeting.id);
    },
  });

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.submit}
      aria-label="Schedule the meeting"
    >
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <ZonedDateTimeFields
        date={{ label: 'Date', ...form.text('startsAt') }}
        time={{ label: 'Time', ...form.text('time') }}
        zone={{
          label: 'Time zone',
          hint: 'The zone you agreed the time in; yours unless you change it.',
          ...form.text('timeZone'),
        }}
      />
      <DurationField {...form.text('durationMinutes')} />
      <LocationFields
        kind={form.values['location.kind']}
        details={form.values['location.details']}
        onKindChange={(kind) => form.change('location.kind', kind)}
        onDetailsChange={(details) => form.change('location.details', details)}
        bindKind={form.bind('location.kind')}
        bindDetails={form.bind('location.details')}
      />
      <Button type="submit" variant="primary" busy={form.submitting}>
        {form.submitting ? 'Booking…' : 'Book the meeting'}
      </Button>
    </form>
  );
}
