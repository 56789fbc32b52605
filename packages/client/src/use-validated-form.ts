import { ruleReport, useFormFeedback } from '@rapport/ui/use-form-feedback';
import { useState, type FormEvent } from 'react';
import { describeError } from './graphql-errors';

/** A rule's verdict on the whole form: the checked values, or the first broken rule. */
export type Verdict<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly message: string; readonly field?: string } };

/** The fields whose values are plain text, which a text input edits directly. */
type TextFields<Values> = {
  [K in keyof Values]: string extends Values[K] ? K : never;
}[keyof Values];

export interface ValidatedFormOptions<Field extends string, Values, Checked> {
  /** Every field the form shows; errors about other fields are shown above the form. */
  fields: readonly Field[];
  initialValues: Values;
  /** The same rules the API applies, usually from @rapport/domain. */
  validate: (values: Values) => Verdict<Checked>;
  /** Receives the checked values; if it throws, the error is shown on the form. */
  onValid: (checked: Checked) => Promise<void>;
}

/**
 * The wiring every form shares. Nothing is checked while the person first
 * fills the form in; after the first submit, each field is checked as it
 * changes. Broken rules and the API's refusals go next to their field (which
 * takes focus), anything else above the form, and nothing typed is lost.
 */
export function useValidatedForm<
  Field extends string,
  Values extends Record<Field, unknown>,
  Checked,
>({ fields, initialValues, validate, onValid }: ValidatedFormOptions<Field, Values, Checked>) {
  const [values, setValues] = useState(initialValues);
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<Field>();

  function change<K extends Field>(field: K, value: Values[K]) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (!attempted) return;
    const verdict = validate(next);
    feedback.setFieldError(
      field,
      !verdict.ok && verdict.error.field === field ? verdict.error.message : undefined,
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const verdict = validate(values);
    if (!verdict.ok) {
      feedback.show(ruleReport(verdict.error, fields));
      return;
    }
    feedback.clearAll();
    setSubmitting(true);
    try {
      await onValid(verdict.value);
    } catch (error) {
      feedback.show(describeError(error, fields));
    } finally {
      setSubmitting(false);
    }
  }

  /** Starts again from `initialValues` (or the values given), as after a successful "add another". */
  function reset(values: Values = initialValues) {
    setValues(values);
    setAttempted(false);
  }

  /** What a field component needs: focus target, name, its error. */
  function bind<K extends Field>(field: K) {
    return { ref: feedback.register(field), name: field, error: feedback.fieldErrors[field] };
  }

  /** `bind` plus value and onChange, for a field holding plain text. */
  function text<K extends Field & TextFields<Values>>(field: K) {
    return {
      ...bind(field),
      value: values[field] as string,
      onChange: (event: { target: { value: string } }) =>
        change(field, event.target.value as Values[K]),
    };
  }

  return {
    values,
    change,
    submit,
    submitting,
    reset,
    bind,
    text,
    formError: feedback.formError,
  };
}
