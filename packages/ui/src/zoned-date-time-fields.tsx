import { TextField, type TextFieldProps } from './text-field';
import { TimeZoneField, type TimeZoneFieldProps } from './time-zone-field';
import './zoned-date-time-fields.css';

export interface ZonedDateTimeFieldsProps {
  /** The date field ("2026-04-02"); its label, value, error… */
  date: Omit<TextFieldProps, 'type'>;
  /** The time-of-day field ("10:00"), in steps of five minutes. */
  time: Omit<TextFieldProps, 'type'>;
  /** The zone both are read in. */
  zone: TimeZoneFieldProps;
}

/** A date and a time side by side, and the time zone they are on: a moment as people agree one. */
export function ZonedDateTimeFields({ date, time, zone }: ZonedDateTimeFieldsProps) {
  return (
    <>
      <div className="rp-date-time">
        <TextField type="date" {...date} />
        <TextField type="time" step={300} {...time} />
      </div>
      <TimeZoneField {...zone} />
    </>
  );
}
