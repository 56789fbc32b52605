import { TextAreaField } from '@rapport/ui/text-area-field';
import type { FieldView } from '../utils/notes-sync';
import { SAVE_STATE_TEXT } from './save-status';

export interface NoteFieldProps {
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  rows?: number;
  field: FieldView;
  /** Whether to say "Saved" when there is nothing pending: only once the seeker typed here. */
  touched: boolean;
  onChange: (text: string) => void;
}

/** A note typed during the meeting, with where its text stands. */
export function NoteField({ field, touched, onChange, ...rest }: NoteFieldProps) {
  const state =
    field.state === 'refused' || (field.state === 'saved' && !touched)
      ? null
      : SAVE_STATE_TEXT[field.state];
  const hint =
    state || field.merged ? (
      <span className={`meeting-note__state meeting-note__state--${field.state}`}>
        {field.merged ? 'Joined with text saved from elsewhere; check it reads right. ' : null}
        {state}
      </span>
    ) : null;
  return (
    <TextAreaField
      {...rest}
      className="meeting-note"
      value={field.text}
      onChange={(event) => onChange(event.target.value)}
      error={field.problem}
      hint={hint}
    />
  );
}
