/**
 * Every address in the dashboard: the pattern the router matches and the
 * link that leads there, side by side so the two cannot drift apart. It
 * lives outside src/app because features link to pages too, and a feature
 * never imports the app shell.
 *
 * Patterns and links are relative to BASENAME, as the router sees them.
 */

/** Where the API serves the dashboard; the router adds it to every link. */
export const BASENAME = '/admin';

export const paths = {
  signIn: {
    pattern: '/sign-in',
    /** `next` is where to continue once signed in, a path inside the dashboard. */
    href: (next?: string | null) =>
      next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in',
  },
  companies: { pattern: '/companies', href: () => '/companies' },
  company: {
    pattern: '/companies/:companyId',
    href: (id: string) => `/companies/${encodeURIComponent(id)}`,
  },
  contacts: {
    pattern: '/contacts',
    /** `query` is the table's filters as URL search params, so a filtered view can be linked. */
    href: (query?: URLSearchParams) => {
      const search = query?.toString();
      return search ? `/contacts?${search}` : '/contacts';
    },
  },
  contactImport: { pattern: '/contacts/import', href: () => '/contacts/import' },
  contact: {
    pattern: '/contacts/:contactId',
    href: (id: string) => `/contacts/${encodeURIComponent(id)}`,
  },
  settings: { pattern: '/settings', href: () => '/settings' },
  staff: { pattern: '/staff', href: () => '/staff' },
  apiKeys: { pattern: '/api-keys', href: () => '/api-keys' },
  webhooks: { pattern: '/webhooks', href: () => '/webhooks' },
  questionBank: { pattern: '/question-bank', href: () => '/question-bank' },
  experts: { pattern: '/experts', href: () => '/experts' },
  seekers: { pattern: '/seekers', href: () => '/seekers' },
  seeker: {
    pattern: '/seekers/:seekerId',
    href: (id: string) => `/seekers/${encodeURIComponent(id)}`,
  },
  /** Companies now hiring and the seekers who met someone there. */
  warmCandidates: { pattern: '/warm-candidates', href: () => '/warm-candidates' },
  /**
   * The graph explorer; `focus` is a company id (or, with `kind` 'contact', a
   * contact id) to centre on. Its other filters join the same query string.
   */
  network: {
    pattern: '/network',
    href: (focus?: string, kind: 'company' | 'contact' = 'company') =>
      focus ? `/network?focus=${encodeURIComponent(focus)}&kind=${kind}` : '/network',
  },
} as const;

/** Where staff land once signed in, and where "not found" sends them. */
export const HOME_PATH = paths.companies.href();

/** The dashboard's start as a full address, for plain links outside the router (the crash page). */
export const DASHBOARD_URL = `${BASENAME}/`;

/**
 * The seeker app is a separate application on the same origin: links to it
 * are plain anchors (a full page load), never router links, so they are full
 * addresses.
 */
export const seekerAppUrls = {
  home: '/',
  signIn: '/sign-in',
} as const;
