import type { ReactNode } from 'react';
import './nav.css';

export interface NavItem {
  href: string;
  label: string;
  current?: boolean;
  /** A count beside the label ("3"), with the words a screen reader says for it ("3 unanswered"). */
  badge?: { text: string; label: string } | null;
}

export interface NavLinkRenderProps {
  href: string;
  className: string;
  'aria-current': 'page' | undefined;
  children: ReactNode;
}

export interface NavProps {
  /** Names the landmark, e.g. "Main". */
  label: string;
  items: readonly NavItem[];
  /** Lets an app render its router's link; a plain anchor otherwise. */
  renderLink?: (props: NavLinkRenderProps) => ReactNode;
}

export function Nav({ label, items, renderLink }: NavProps) {
  return (
    <nav aria-label={label}>
      <ul className="rp-nav__list">
        {items.map((item) => {
          const props: NavLinkRenderProps = {
            href: item.href,
            className: 'rp-nav__link',
            'aria-current': item.current ? 'page' : undefined,
            children: item.badge ? (
              <>
                {item.label}
                <span className="rp-nav__badge" aria-hidden="true">
                  {item.badge.text}
                </span>
                <span className="rp-visually-hidden"> ({item.badge.label})</span>
              </>
            ) : (
              item.label
            ),
          };
          return (
            <li key={item.href}>
              {renderLink ? (
                renderLink(props)
              ) : (
                <a
                  href={props.href}
                  className={props.className}
                  aria-current={props['aria-current']}
                >
                  {props.children}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
