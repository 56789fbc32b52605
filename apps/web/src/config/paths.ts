/**
 * Every address in the seeker app: the pattern the router matches and the
 * link that leads there, side by side so the two cannot drift apart. It
 * lives outside src/app because features link to pages too, and a feature
 * never imports the app shell.
 */

/** `path`, carrying where to go afterwards as `?next=` when there is somewhere. */
function withNext(path: string, next?: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

export const paths = {
  root: { pattern: '/', href: () => '/' },
  signIn: {
    pattern: '/sign-in',
    /** `next` is where to continue once signed in, a path inside this app. */
    href: (next?: string | null) => withNext('/sign-in', next),
  },
  signUp: {
    pattern: '/sign-up',
    href: (next?: string | null) => withNext('/sign-up', next),
  },
  companies: {
    pattern: '/companies',
    /** `search` is a query string from an earlier visit ("?q=…&status=…"); anything else is dropped. */
    href: (search = '') => `/companies${search.startsWith('?') ? search : ''}`,
  },
  company: {
    pattern: '/companies/:companyId',
    href: (companyId: string) => `/companies/${encodeURIComponent(companyId)}`,
  },
  contacts: {
    pattern: '/contacts',
    /** `search` is a query string from an earlier visit ("?q=…"); anything else is dropped. */
    href: (search = '') => `/contacts${search.startsWith('?') ? search : ''}`,
  },
  contact: {
    pattern: '/contacts/:contactId',
    /** With `toAsk`, the page opens at the ask form: the one click from a suggestion to asking. */
    href: (contactId: string, toAsk = false) =>
      `/contacts/${encodeURIComponent(contactId)}${toAsk ? `#${ASK_FORM_ID}` : ''}`,
  },
} as const;

/** The id of the ask form on a contact page, which `paths.contact.href(id, true)` scrolls to. */
export const ASK_FORM_ID = 'ask';

/** Where someone lands once signed in, and where "not found" sends them: the dashboard. */
export const HOME_PATH = paths.root.href();
