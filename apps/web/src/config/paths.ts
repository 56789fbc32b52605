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
  meetings: { pattern: '/meetings', href: () => '/meetings' },
  meeting: {
    pattern: '/meetings/:meetingId',
    href: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`,
  },
  /** The question list and checklist before a meeting. */
  meetingPrepare: {
    pattern: '/meetings/:meetingId/prepare',
    href: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/prepare`,
  },
  /** Meeting mode: full screen, clock, questions to tick, notes saved as typed. */
  meetingLive: {
    pattern: '/meetings/:meetingId/live',
    href: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/live`,
  },
  /** Referrals captured at the end, and marking the meeting completed or no-show. */
  meetingWrapUp: {
    pattern: '/meetings/:meetingId/wrap-up',
    href: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/wrap-up`,
  },
  followUps: { pattern: '/follow-ups', href: () => '/follow-ups' },
  thankYouCards: { pattern: '/thank-you-cards', href: () => '/thank-you-cards' },
  experts: { pattern: '/experts', href: () => '/experts' },
  network: { pattern: '/network', href: () => '/network' },
  /**
   * The hiring manager's page behind a scheduling link: no account, only the
   * token in the address. Outside the signed-in layout.
   */
  schedulingReply: {
    pattern: '/reply/:token',
    href: (token: string) => `/reply/${encodeURIComponent(token)}`,
  },
} as const;

/** The id of the ask form on a contact page, which `paths.contact.href(id, true)` scrolls to. */
export const ASK_FORM_ID = 'ask';

/** Where someone lands once signed in, and where "not found" sends them: the dashboard. */
export const HOME_PATH = paths.root.href();
