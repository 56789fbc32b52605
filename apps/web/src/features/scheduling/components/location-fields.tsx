import {
  LOCATION_DETAILS_MAX,
  LOCATION_KINDS,
  LOCATION_NAMES,
  locationAdvice,
  type LocationKind,
} from '@rapport/domain';
import { RadioGroup } from '@rapport/ui/radio-group';
import { TextField } from '@rapport/ui/text-field';
import type { Ref } from 'react';

const OPTIONS = LOCATION_KINDS.map((kind) => ({ value: kind, label: LOCATION_NAMES[kind] }));

const DETAILS_HINT: Record<LocationKind, string> = {
  OFFICE: 'Leave empty for their office address, or add a floor or room.',
  COFFEE: 'The café and its address.',
  BREAKFAST: 'The place and its address.',
  LUNCH: 'The place and its address.',
  VIDEO: 'The video link.',
  PHONE: 'Who calls whom, and the number.',
};

interface Bound {
  ref: Ref<HTMLInputElement>;
  name: string;
  error: string | undefined;
}

/**
 * Where to meet: their office first (it costs nothing and gets more done);
 * at coffee, breakfast or lunch the seeker pays, and the estimate says about
 * how much (the agency's defaults; the meeting page shows the agency's own).
 */
export function LocationFields({
  kind,
  details,
  onKindChange,
  onDetailsChange,
  bindKind,
  bindDetails,
}: {
  kind: LocationKind;
  details: string;
  onKindChange: (kind: LocationKind) => void;
  onDetailsChange: (details: string) => void;
  bindKind: Bound;
  bindDetails: Bound;
}) {
  const advice = locationAdvice(kind);
  return (
    <>
      <RadioGroup
        legend="Where"
        options={OPTIONS}
        value={kind}
        onChange={onKindChange}
        hint={
          advice.seekerPays ? (
            <>
              <strong>You pay.</strong> {advice.message}
            </>
          ) : (
            advice.message
          )
        }
        {...bindKind}
      />
      <TextField
        label="Place details"
        optional
        hint={DETAILS_HINT[kind]}
        maxLength={LOCATION_DETAILS_MAX}
        value={details}
        onChange={(event) => onDetailsChange(event.target.value)}
        {...bindDetails}
      />
    </>
  );
}
