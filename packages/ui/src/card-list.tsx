import type { ReactNode } from 'react';
import './card-list.css';

export interface CardListProps {
  /** Names the list for screen readers. */
  label: string;
  /** True while new results load and these are the previous ones. */
  busy?: boolean;
  children: ReactNode;
}

/** A list of cards (companies, contacts, meetings…); each child is a `CardListItem`. */
export function CardList({ label, busy, children }: CardListProps) {
  return (
    <ul className="rp-card-list" aria-label={label} aria-busy={busy || undefined}>
      {children}
    </ul>
  );
}

export interface CardListItemProps {
  /** The item's name, usually a link to its page. */
  title: ReactNode;
  /** A heading that fits the page outline: h2 under the page's h1, h3 inside a section. */
  headingLevel?: 2 | 3;
  /** One line of details under the title. */
  meta?: ReactNode;
  /** Badges or actions, on the right (below on narrow screens). */
  aside?: ReactNode;
}

export function CardListItem({ title, headingLevel = 2, meta, aside }: CardListItemProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="rp-card-list__item">
      <div className="rp-card-list__main">
        <Heading className="rp-card-list__title">{title}</Heading>
        {meta ? <p className="rp-card-list__meta">{meta}</p> : null}
      </div>
      {aside}
    </li>
  );
}
