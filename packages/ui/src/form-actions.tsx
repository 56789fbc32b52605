import type { ReactNode } from 'react';
import './form-actions.css';

/** A form's buttons in one row at its end: Cancel, then the main action. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="rp-form-actions">{children}</div>;
}
