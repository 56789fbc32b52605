import { useId, type Ref } from 'react';
import './checkbox-group.css';
import './field.css';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

export interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown under the legend and linked to the group; also marks the group invalid. */
  error?: string | null;
  /** The fieldset, focused (it is focusable from script only) when its error is shown. */
  ref?: Ref<HTMLFieldSetElement>;
}

/** A labelled set of checkboxes in a fieldset, with its error announced with the group. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  error,
  ref,
}: CheckboxGroupProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      ref={ref}
      tabIndex={-1}
      className="rp-checkboxes"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="rp-checkboxes__legend">{legend}</legend>
      {error ? (
        <p id={errorId} className="rp-field__error">
          {error}
        </p>
      ) : null}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="rp-checkboxes__option">
            <input
              id={optionId}
              type="checkbox"
              checked={selected.includes(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint ? (
              <p id={`${optionId}-hint`} className="rp-checkboxes__hint">
                {option.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
