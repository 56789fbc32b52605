import type { ReactNode, Ref } from 'react';
import { classNames } from './class-names';
import './alert.css';

export type AlertTone = 'error' | 'info' | 'success' | 'warning';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /**
   * Errors interrupt (role=alert) so they are heard as soon as they appear;
   * other tones are read in page order unless `live` asks for a polite announcement.
   */
  live?: boolean;
  ref?: Ref<HTMLDivElement>;
}

export function Alert({ tone = 'error', title, children, className, live, ref }: AlertProps) {
  const role = tone === 'error' ? 'alert' : live ? 'status' : undefined;
  return (
    <div ref={ref} role={role} className={classNames('rp-alert', `rp-alert--${tone}`, className)}>
      <div className="rp-alert__body">
        {title ? <p className="rp-alert__title">{title}</p> : null}
        {typeof children === 'string' ? <p>{children}</p> : children}
      </div>
    </div>
  );
}
