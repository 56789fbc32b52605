import { DEFAULT_SETTINGS } from '@rapport/domain';
import { TextField, type TextFieldProps } from '@rapport/ui/text-field';

const { minMinutes, maxMinutes } = DEFAULT_SETTINGS.meeting;

/** The meeting's length, 15 to 20 minutes by the agency's defaults (the API holds the real limits). */
export function DurationField(props: Omit<TextFieldProps, 'label' | 'type'>) {
  return (
    <TextField
      label="Length in minutes"
      type="number"
      min={minMinutes}
      max={maxMinutes}
      hint={`${minMinutes} to ${maxMinutes} minutes: you promise to be brief.`}
      {...props}
    />
  );
}
