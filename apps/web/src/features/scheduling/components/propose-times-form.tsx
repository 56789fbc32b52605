import { browserTimeZone } from '@rapport/client/format';
import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { DEFAULT_SETTINGS, describeBusinessHours, type RequestStatus } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { TimeZoneField } from '@rapport/ui/time-zone-field';
import { useState } from 'react';
import {
  useProposeMeetingTimes,
  useReviseMeetingTimes,
  type IssuedLink,
} from '../hooks/use-scheduling-mutations';
import {
  checkProposal,
  checkRevision,
  MAX_SLOTS,
  PROPOSAL_FIELDS,
  slotField,
  type LocationValues,
  type ProposalChecked,
  type SlotField,
} from '../utils/scheduling-rules';
import { DurationField } from './duration-field';
import { LocationFields } from './location-fields';

const { defaultMinutes } = DEFAULT_SETTINGS.meeting;
const USUAL_HOURS = describeBusinessHours(DEFAULT_SETTINGS.scheduling.businessHours);

type Values = Record<SlotField, string> &
  LocationValues & { timeZone: string; durationMinutes: string };

/** The checked times; the zone and place only when first offered (a revision keeps them). */
type Checked = { slots: string[]; durationMinutes: number } & Partial<
  Pick<ProposalChecked, 'timeZone' | 'location'>
>;

const slotsOf = (values: Values, count: number) =>
  Array.from({ length: count }, (_, index) => values[slotField(index)] ?? '');

/** What revising needs to know of the proposal the contact answered. */
export interface RevisedProposal {
  id: string;
  timeZone: string;
  durationMinutes: number;
  businessHours: string;
}

/**
 * 1–5 times for the contact to pick from, on their clock and inside their
 * office hours, with the length and the place. Offering new times after the
 * contact's own (`revising`) keeps the zone and the place.
 */
export function ProposeTimesForm({
  askId,
  askStatus,
  revising,
  onIssued,
}: {
  askId: string;
  askStatus: RequestStatus;
  revising?: RevisedProposal;
  onIssued: (link: IssuedLink) => void;
}) {
  const propose = useProposeMeetingTimes();
  const revise = useReviseMeetingTimes();
  const [count, setCount] = useState(1);
  const empty = Object.fromEntries(
    Array.from({ length: MAX_SLOTS }, (_, index) => [slotField(index), '']),
  ) as Record<SlotField, string>;
  const form = useValidatedForm({
    fields: PROPOSAL_FIELDS,
    initialValues: {
      ...empty,
      timeZone: revising?.timeZone ?? browserTimeZone(),
      durationMinutes: String(revising?.durationMinutes ?? defaultMinutes),
      'location.kind': 'OFFICE',
      'location.details': '',
    } as Values,
    validate: (values): Verdict<Checked> => {
      const slots = slotsOf(values, count);
      return revising
        ? checkRevision({ slots, durationMinutes: values.durationMinutes }, revising, new Date())
        : checkProposal({ ...values, slots }, askStatus, new Date());
    },
    onValid: async ({ slots, durationMinutes, timeZone, location }) => {
      onIssued(
        revising || !timeZone
          ? await revise(revising!.id, { slots, durationMinutes })
          : await propose({ askId, slots, durationMinutes, timeZone, location }),
      );
    },
  });
  const zone = form.values.timeZone;

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.submit}
      aria-label={revising ? 'Offer other times' : 'Propose times'}
    >
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      {revising ? null : (
        <TimeZoneField
          label="Their time zone"
          hint="The times below are on their clock."
          {...form.text('timeZone')}
        />
      )}
      <fieldset className="scheduling-slots">
        <legend>Times to offer</legend>
        <p className="muted scheduling-slots__hint">
          One to {MAX_SLOTS} times, in {zone.replaceAll('_', ' ')} time, when their office is open (
          {revising?.businessHours ?? USUAL_HOURS}).
        </p>
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="scheduling-row">
            <TextField
              label={`Time ${index + 1}`}
              type="datetime-local"
              {...form.text(slotField(index))}
            />
            {index === count - 1 && count > 1 ? (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  form.change(slotField(index), '');
                  setCount(count - 1);
                }}
              >
                Remove time {index + 1}
              </Button>
            ) : null}
          </div>
        ))}
        {count < MAX_SLOTS ? (
          <Button size="sm" onClick={() => setCount(count + 1)}>
            Add another time
          </Button>
        ) : null}
      </fieldset>
      <DurationField {...form.text('durationMinutes')} />
      {revising ? null : (
        <LocationFields
          kind={form.values['location.kind']}
          details={form.values['location.details']}
          onKindChange={(kind) => form.change('location.kind', kind)}
          onDetailsChange={(details) => form.change('location.details', details)}
          bindKind={form.bind('location.kind')}
          bindDetails={form.bind('location.details')}
        />
      )}
      <Button type="submit" variant="primary" busy={form.submitting}>
        {form.submitting ? 'Making the link…' : revising ? 'Offer these times' : 'Make the link'}
      </Button>
    </form>
  );
}
