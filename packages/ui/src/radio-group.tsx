import { useId, type ReactNode, type Ref } from 'react';
import { classNames } from './class-names';
import { FieldMessages, describedBy } from './field-parts';
import './radio-group.css';

export interface RadioOption<Value extends string> {
  value: Value;
  label: string;
}

export interface RadioGroupProps<Value extends string> {
  /** The question the options answer; the fieldset's legend. */
  legend: string;
  name: string;
  options: readonly RadioOption<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Lays the options out in a row when there is room. */
  inline?: boolean;
  className?: string;
  /** Receives the first option's input, so a form can move focus to the group. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * One choice among a few, as native radio buttons in a fieldset: arrow keys
 * move between them and screen readers announce the legend with each option.
 */
export function RadioGroup<Value extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  hint,
  error,
  inline,
  className,
  ref,
}: RadioGroupProps<Value>) {
  const id = useId();
  return (
    <fieldset
      className={classNames('rp-field', 'rp-radio-group', className)}
      aria-describedby={describedBy(id, { hint, error })}
      aria-invalid={error ? true : undefined}
    >
      <legend className="rp-field__label">{legend}</legend>
      <div className={classNames('rp-radio-group__options', inline && 'rp-radio-group--inline')}>
        {options.map((option, index) => (
          <label key={option.value} className="rp-radio">
            <input
              ref={index === 0 ? ref : undefined}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}
