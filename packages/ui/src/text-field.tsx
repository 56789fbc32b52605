import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { classNames } from './class-names';
import { FieldLabel, FieldMessages, describedBy } from './field-parts';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> {
  label: string;
  hint?: ReactNode;
  /** Shown under the field and linked to it; also marks the field invalid. */
  error?: string | null;
  /** Adds "(optional)" to the label; required is the assumed default in our forms. */
  optional?: boolean;
  hideLabel?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  error,
  optional,
  hideLabel,
  id,
  className,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={classNames('rp-field', className)}>
      <FieldLabel htmlFor={inputId} label={label} optional={optional} hidden={hideLabel} />
      <input
        id={inputId}
        type={type}
        className="rp-field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, { hint, error })}
        {...rest}
      />
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}
