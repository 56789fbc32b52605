import { useId, type ReactNode, type Ref } from 'react';
import { classNames } from './class-names';
import { FieldMessages, describedBy } from './field-parts';
import './field.css';

export interface RadioOption<Value extends string> {
  value: Value;
  label: ReactNode;
}

export interface RadioGroupProps<Value extends string> {
  /** The question the choices answer; a fieldset legend, so each radio is read with it. */
  legend: ReactNode;
  hideLegend?: boolean;
  /** The radios' shared name; one is made up when the form does not need it. */
  name?: string;
  options: readonly RadioOption<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  hint?: ReactNode;
  error?: string | null;
  /** One option per line instead of side by side. */
  stacked?: boolean;
  className?: string;
  /** Receives the first option's input, so a form can move focus to the group. */
  ref?: Ref<HTMLInputElement>;
}

/** Native radio buttons under a legend: arrow keys move between them, Tab leaves the group. */
export function RadioGroup<Value extends string>({
  legend,
  hideLegend,
  name,
  options,
  value,
  onChange,
  hint,
  error,
  stacked,
  className,
  ref,
}: RadioGroupProps<Value>) {
  const id = useId();
  const messagesId = `${id}-messages`;
  return (
    <fieldset
      className={classNames('rp-choice-group', stacked && 'rp-choice-group--stacked', className)}
      aria-describedby={describedBy(messagesId, { hint, error })}
      aria-invalid={error ? true : undefined}
    >
      <legend className={classNames('rp-choice-group__legend', hideLegend && 'rp-visually-hidden')}>
        {legend}
      </legend>
      <div className="rp-choice-group__options">
        {options.map((option, index) => (
          <label key={option.value} className="rp-choice">
            <input
              ref={index === 0 ? ref : undefined}
              type="radio"
              name={name ?? id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessages id={messagesId} hint={hint} error={error} />
    </fieldset>
  );
}
