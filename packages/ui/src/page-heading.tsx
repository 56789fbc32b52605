import { useEffect, useRef, type ReactNode } from 'react';
import './page-heading.css';

export interface PageHeadingProps {
  title: string;
  /** Appended to the title in the browser tab, e.g. "Rapport". */
  siteName: string;
  lead?: ReactNode;
  actions?: ReactNode;
}

// The first page of a visit keeps the browser's own focus; after that, every page
// change moves focus to the new page's heading so screen readers announce it.
// Remembering the element (not a flag) keeps StrictMode's repeated effects from
// counting the first heading twice.
let firstHeading: HTMLHeadingElement | null = null;

/** The page's h1; it also names the browser tab. */
export function PageHeading({ title, siteName, lead, actions }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${siteName}`;
  }, [title, siteName]);

  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    if (firstHeading === null) firstHeading = heading;
    else if (firstHeading !== heading) heading.focus();
  }, []);

  return (
    <div className="rp-page-heading">
      <div>
        <h1 ref={ref} tabIndex={-1} className="rp-page-heading__title">
          {title}
        </h1>
        {lead ? <p className="rp-page-heading__lead">{lead}</p> : null}
      </div>
      {actions ? <div>{actions}</div> : null}
    </div>
  );
}
