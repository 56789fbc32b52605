import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { FieldLabel, FieldMessages, describedBy } from './field-parts';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'children'
> {
  label: string;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  /** For selects inside table rows, where the column header is the visible label. */
  hideLabel?: boolean;
  compact?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  options,
  hint,
  error,
  optional,
  hideLabel,
  compact,
  id,
  className,
  ...rest
}: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  return (
    <div className={classNames('rp-field', compact && 'rp-field--compact', className)}>
      <FieldLabel htmlFor={selectId} label={label} optional={optional} hidden={hideLabel} />
      <select
        id={selectId}
        className="rp-field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, { hint, error })}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={selectId} hint={hint} error={error} />
    </div>
  );
}
