import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { classNames } from './class-names';
import { FieldMessages, describedBy } from './field-parts';
import './field.css';

export interface CheckboxFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
}

/** One yes/no choice with its label beside the box. */
export function CheckboxField({ label, hint, error, id, className, ...rest }: CheckboxFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={classNames('rp-field', className)}>
      <label className="rp-choice" htmlFor={inputId}>
        <input
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, { hint, error })}
          {...rest}
        />
        <span>{label}</span>
      </label>
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}
