import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Error state for a form: one message per field and one for the whole form.
 * Showing errors also moves focus to the first field in trouble, after the
 * field has been re-rendered with its message, so it is read out with it.
 */
export function useFormFeedback<Field extends string>() {
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const fieldRefs = useRef(new Map<Field, HTMLElement>());

  const register = useCallback(
    (field: Field) => (element: HTMLElement | null) => {
      if (element) fieldRefs.current.set(field, element);
      else fieldRefs.current.delete(field);
    },
    [],
  );

  const show = useCallback(
    (report: { fieldErrors: Partial<Record<Field, string>>; formError: string | null }) => {
      flushSync(() => {
        setFieldErrors(report.fieldErrors);
        setFormError(report.formError);
      });
      const firstField = Object.keys(report.fieldErrors)[0] as Field | undefined;
      if (firstField) fieldRefs.current.get(firstField)?.focus();
    },
    [],
  );

  /** Updates one field's message as the person types, without moving focus. */
  const setFieldError = useCallback((field: Field, message: string | undefined) => {
    setFieldErrors((current) => {
      if (current[field] === message) return current;
      const next = { ...current };
      if (message === undefined) delete next[field];
      else next[field] = message;
      return next;
    });
  }, []);

  const clearAll = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { fieldErrors, formError, register, show, setFieldError, clearAll };
}

/** Turns a failed domain rule into the form's error report. */
export function ruleReport<Field extends string>(
  error: { message: string; field?: string },
  fields: readonly Field[],
): { fieldErrors: Partial<Record<Field, string>>; formError: string | null } {
  const field = fields.find((candidate) => candidate === error.field);
  return field
    ? { fieldErrors: { [field]: error.message } as Partial<Record<Field, string>>, formError: null }
    : { fieldErrors: {}, formError: error.message };
}
