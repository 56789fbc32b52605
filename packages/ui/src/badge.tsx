import type { ReactNode } from 'react';
import './badge.css';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'info' | 'danger';

/** A short status label; the text carries the meaning, the colour only repeats it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`rp-badge rp-badge--${tone}`}>{children}</span>;
}
