import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

// The data router's <ScrollRestoration> kept positions under this key too, so
// positions saved by a tab opened before an update still apply.
const STORAGE_KEY = 'react-router-scroll-positions';

let positions: Record<string, number> | undefined;

/** Scroll positions by history entry (location.key), read once per page load. */
function savedPositions(): Record<string, number> {
  if (positions === undefined) {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
      positions = stored && typeof stored === 'object' ? (stored as Record<string, number>) : {};
    } catch {
      positions = {};
    }
  }
  return positions;
}

/**
 * What react-router's <ScrollRestoration> does in a data router, for
 * declarative `<Routes>`: a new page (a link, a redirect, a changed search)
 * starts at the top, or at the element its #hash names; Back and Forward
 * return to where the reader was on that page. Render it once, inside the router.
 */
export function ScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const currentKey = useRef(location.key);
  const firstLocation = useRef(location);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    const remember = () => {
      savedPositions()[currentKey.current] = window.scrollY;
    };
    // Kept across a reload, and the browser's own restoring is back on for whatever comes next.
    const persist = () => {
      remember();
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(savedPositions()));
      } catch {
        // Storage full or disabled: positions are then kept for this page load only.
      }
      window.history.scrollRestoration = 'auto';
    };
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', persist);
      window.history.scrollRestoration = 'auto';
    };
  }, []);

  useLayoutEffect(() => {
    currentKey.current = location.key;
    // As in the data router, the page the visit starts on is not restored, only later Back/Forward.
    const saved =
      navigationType === 'POP' && location !== firstLocation.current
        ? savedPositions()[location.key]
        : undefined;
    if (typeof saved === 'number') {
      window.scrollTo(0, saved);
      return;
    }
    if (location.hash) {
      try {
        const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target) {
          target.scrollIntoView();
          return;
        }
      } catch {
        // A malformed #hash names no element: start at the top.
      }
    }
    window.scrollTo(0, 0);
  }, [location, navigationType]);

  return null;
}
