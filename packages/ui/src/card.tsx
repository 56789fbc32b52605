import type { HTMLAttributes } from 'react';
import { classNames } from './class-names';
import './card.css';

/** A white panel; `as="section"` with aria-labelledby when it forms a region of its own. */
export function Card({
  as: Element = 'div',
  className,
  ...rest
}: HTMLAttributes<HTMLElement> & { as?: 'div' | 'section' | 'article' }) {
  return <Element className={classNames('rp-card', className)} {...rest} />;
}
