import type { ReactNode } from 'react';
import { classNames } from './class-names';
import './field.css';

/** Ids tying a control to its hint and error, so screen readers read them with the label. */
export function describedBy(
  id: string,
  parts: { hint?: ReactNode; error?: string | null },
): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : null, parts.error ? `${id}-error` : null].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldLabel({
  htmlFor,
  label,
  optional,
  hidden,
}: {
  htmlFor: string;
  label: string;
  optional?: boolean;
  hidden?: boolean;
}) {
  return (
    <label
      htmlFor={htmlFor}
      className={classNames('rp-field__label', hidden && 'rp-visually-hidden')}
    >
      {label}
      {optional ? <span className="rp-field__optional"> (optional)</span> : null}
    </label>
  );
}

export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | null;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="rp-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="rp-field__error">
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <rect x="7.1" y="3.6" width="1.8" height="5.6" rx="0.9" fill="#fff" />
            <circle cx="8" cy="11.6" r="1.1" fill="#fff" />
          </svg>
          <span>{error}</span>
        </p>
      ) : null}
    </>
  );
}
