import type { MouseEvent, ReactNode } from 'react';
import { classNames } from './class-names';
import './page-layout.css';

export interface PageLayoutProps {
  /** The product name, usually a link home; rendered inside the banner. */
  brand: ReactNode;
  nav?: ReactNode;
  /** Right side of the banner: who is signed in, sign out. */
  actions?: ReactNode;
  /** Centred narrow column, for sign-in and sign-up forms. */
  narrow?: boolean;
  children: ReactNode;
}

const MAIN_ID = 'main';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Moving focus directly keeps the URL (and the client-side router) untouched.
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function PageLayout({ brand, nav, actions, narrow, children }: PageLayoutProps) {
  return (
    <>
      <a className="rp-skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="rp-header">
        <div className="rp-header__inner">
          {brand}
          {nav ? <div className="rp-header__nav">{nav}</div> : null}
          {actions ? <div className="rp-header__actions">{actions}</div> : null}
        </div>
      </header>
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className={classNames('rp-main', narrow && 'rp-main--narrow')}
      >
        {children}
      </main>
    </>
  );
}

/** The product mark and name used in the banner of both apps. */
export function Brand({ name, tagline }: { name: string; tagline?: string }) {
  return (
    <>
      <span className="rp-header__brand-mark" aria-hidden="true">
        R
      </span>
      <span>{name}</span>
      {tagline ? <span className="rp-header__tagline">{tagline}</span> : null}
    </>
  );
}

export const brandClassName = 'rp-header__brand';
