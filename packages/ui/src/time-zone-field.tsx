import { useMemo } from 'react';
import { SelectField, type SelectFieldProps } from './select-field';

/** Every IANA zone the browser knows, plus the given one if it somehow is not among them. */
function zonesWith(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  // Some engines list UTC only as "Etc/UTC"; people look for plain UTC.
  const zones = new Set(['UTC', ...known]);
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

export interface TimeZoneFieldProps extends Omit<SelectFieldProps, 'options' | 'value'> {
  value: string;
}

/** A labelled choice of time zone by its IANA name ("America/New_York"). */
export function TimeZoneField({ value, ...rest }: TimeZoneFieldProps) {
  const options = useMemo(
    () => zonesWith(value).map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
    [value],
  );
  return <SelectField {...rest} value={value} options={options} />;
}
