import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { FieldLabel, FieldMessages, describedBy } from './field-parts';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'children'
> {
  label: string;
  hint?: ReactNode;
  /** Shown under the field and linked to it; also marks the field invalid. */
  error?: string | null;
  optional?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** Several lines of text, with the same label, hint and error wiring as TextField. */
export function TextAreaField({
  label,
  hint,
  error,
  optional,
  id,
  className,
  rows = 3,
  ...rest
}: TextAreaFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={classNames('rp-field', className)}>
      <FieldLabel htmlFor={inputId} label={label} optional={optional} />
      <textarea
        id={inputId}
        rows={rows}
        className="rp-field__control rp-field__control--multiline"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, { hint, error })}
        {...rest}
      />
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}
