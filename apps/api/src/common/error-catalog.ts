import type { DomainErrorCode } from '@rapport/domain';

/**
 * Every `extensions.code` a client of the API can receive, with what it
 * means. Clients switch on these codes; the public API documentation lists
 * them from here. The types below make the catalog fail to compile when the
 * domain gains a code it does not describe, `formatError` refuses to show a
 * code that is missing here (it becomes INTERNAL_SERVER_ERROR and is logged),
 * and test/error-catalog.test.ts checks that every code written in the API's
 * source is listed.
 */

/** Codes the API adds for the request itself, whatever the concept. */
const API_CODES = {
  UNAUTHENTICATED:
    'No valid session (or the sign-in details were wrong): sign in and try again. For an API key (HTTP 401), `extensions.reason` says whether it is unknown, revoked or expired.',
  FORBIDDEN:
    'Signed in, but this account may not do this; or, for an API key (HTTP 403), the query reaches fields outside its scopes: `extensions.fields` lists each with the scope it needs.',
  NOT_FOUND: 'The thing asked for does not exist, or this account may not see it.',
  BAD_USER_INPUT:
    'The request was well formed GraphQL but an argument was not: a forged id or cursor, a page size outside 1 to 100, a value of the wrong shape.',
  TOO_MANY_REQUESTS:
    "Too many attempts in a short time, or (HTTP 429) the query costs more than is left in the caller's bucket; `extensions.retryAfterSeconds` and the Retry-After header say when to try again.",
  INTERNAL_SERVER_ERROR:
    'A fault on the server. It has been logged; the message never carries details.',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query asks for something the schema does not have.',
  BAD_REQUEST:
    'The HTTP request itself was malformed or refused before it was read as GraphQL: no query, a body that is not JSON, an unsupported content type, or (HTTP 413, `extensions.limit` = `bodyBytes`) a body over the size limit.',
  PERSISTED_QUERY_NOT_FOUND: 'A persisted query hash was sent that the server does not know.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted queries are not enabled.',
  OPERATION_RESOLUTION_FAILURE: 'The document has several operations and none was named.',
  QUERY_TOO_COMPLEX:
    'The query is larger than any caller may send (tokens, depth, aliases, root fields, directives, fields side by side, fragments, or its cost); `extensions.limit` and `extensions.max` say which.',
  INTROSPECTION_DISABLED:
    'Schema introspection and field suggestions are reserved for staff and API keys on this server.',
} as const;

/** Rules the API decides with the database, since the pure domain cannot look. */
const API_RULE_CODES = {
  'CONTACT.MERGED':
    'The record was merged into another contact; it stays archived and the survivor is the one to use.',
  'CONTACT.MERGE_SAME': 'A contact cannot be merged with itself.',
  'CONTACT.MERGE_CONFLICT':
    'A seeker asked both records, and one person can be asked only once; the records stay apart.',
  'CONTACT.EXPORT_TOO_LARGE': 'The filter matches more contacts than one export writes; narrow it.',
  'IMPORT.TOO_LARGE': 'The CSV is over 5 MB or 20,000 rows; `details` gives the limit.',
  'IMPORT.UNREADABLE':
    'The file has no header line, or (as a row error) a line could not be read as CSV.',
  'IMPORT.INVALID_MAPPING':
    'The column mapping names a column the file lacks, maps one field twice, or has no full-name column.',
  'IMPORT.ROW_INVALID':
    'Rows with errors were not marked SKIP; `details.lines` lists them. Nothing was written.',
  'IMPORT.DECISION_REQUIRED':
    'Duplicate rows need MERGE, SKIP or CREATE; `details.lines` lists them. Nothing was written.',
  'IMPORT.NOTHING_TO_MERGE':
    'MERGE was chosen for a row with nothing to merge into; `details.lines` lists it. Nothing was written.',
  'IMPORT.UNKNOWN_LINE': 'A decision names a line that is not a data row of the file.',
  'REQUEST.ASKED_IN_FUTURE': 'The date of the ask is in the future.',
  'REFERRAL.ALREADY_RECORDED':
    'The person met already gave the seeker this name; `details.contactId` is the contact it made.',
  'SCHEDULING.LINK_UNKNOWN':
    'No scheduling link matches that address: it was mistyped or cut short when copied.',
  'NETWORK.RECORDED_CONNECTION':
    'The link was made from a recorded referral or meeting and cannot be removed on its own.',
  'NETWORK.INVALID_IMPORT':
    'A connections CSV is missing a column, has too many rows or a row could not be read (an import row error).',
  'NETWORK.UNKNOWN_CONTACT':
    'A connections CSV row names a contact by an email or id that matches no agency contact (an import row error).',
  'NETWORK.AMBIGUOUS_CONTACT':
    'A connections CSV row names a contact by an email several contacts share; use the id (an import row error).',
  'NETWORK.INVALID_KIND':
    'A connections CSV row has a kind other than KNOWS or WORKS_WITH (an import row error).',
} as const;

const DOMAIN_CODES: Record<DomainErrorCode, string> = {
  'ACCOUNT.INVALID_EMAIL': 'The email address is missing or not an address.',
  'ACCOUNT.WEAK_PASSWORD': 'The password is too short or too easy to guess.',
  'ACCOUNT.INVALID_NAME': 'The name is missing or too long.',
  'ACCOUNT.INVALID_ROLE': 'That role cannot be given by this account.',
  'ACCOUNT.EMAIL_TAKEN': 'An account with this email address already exists (staff accounts only).',
  'COMPANY.INVALID_NAME': 'The company name is missing or too long.',
  'COMPANY.INVALID_WEBSITE': 'The website is not a usable http(s) address.',
  'COMPANY.INVALID_FIELD': 'A company field is too long or malformed; `field` names it.',
  'SETTINGS.INVALID': 'An agency setting is outside the range the product allows.',
  'TIME.INVALID_TIME_ZONE': 'The time zone is not a known IANA zone name.',
  'TIME.INVALID_LOCAL_TIME': 'The date or time of day could not be read.',
  'TIME.NONEXISTENT_LOCAL_TIME':
    'That local time does not exist in the zone (the clocks skip it when daylight saving starts).',
  'TIME.INVALID_DATE': 'The date could not be read.',
  'TIME.INVALID_BUSINESS_HOURS': 'The business hours are not a valid range.',
  'CONTACT.INVALID_NAME': "The contact's name is missing or too long.",
  'CONTACT.INVALID_EMAIL': "The contact's email is not an address.",
  'CONTACT.INVALID_PHONE': "The contact's phone number could not be read.",
  'CONTACT.INVALID_FIELD': 'A contact field is too long or malformed; `field` names it.',
  'NETWORK.SELF_CONNECTION': 'A person cannot be connected to themselves.',
  'NETWORK.DUPLICATE_CONNECTION': 'These two people are already connected this way.',
  'NETWORK.INVALID_REFERRAL':
    'A referral link must join the person who referred and the one referred.',
  'NETWORK.INVALID_MEETING_LINK': 'A MET link joins the seeker to the contact they met.',
  'NETWORK.MEETING_NOT_COMPLETED':
    'Only a completed meeting links the seeker to the person they met.',
  'REQUEST.ILLEGAL_TRANSITION': 'The ask cannot move to that status from where it is.',
  'REQUEST.DO_NOT_CONTACT': 'The agency has asked that this person not be contacted.',
  'REQUEST.ALREADY_ASKED':
    'This seeker has already asked this person once; the message gives the date.',
  'REQUEST.THROTTLED':
    "The agency's seekers have asked this person as often as the agency allows for now.",
  'REQUEST.INVALID_CHANNEL':
    'The way the ask was made (phone, email, in person, introduction) is not known.',
  'REQUEST.INVALID_MESSAGE': 'The note with the ask is too long.',
  'MEETING.ILLEGAL_TRANSITION': 'The meeting cannot move to that status from where it is.',
  'MEETING.TOO_SHORT': 'Meetings last at least 15 minutes.',
  'MEETING.TOO_LONG': 'Meetings last at most 20 minutes: the seeker promised to be brief.',
  'MEETING.INVALID_DURATION': 'The length of the meeting is not a whole number of minutes.',
  'MEETING.REQUEST_NOT_ACCEPTED': 'A meeting can be set only after the person said yes.',
  'MEETING.ALREADY_SCHEDULED': 'This ask already has a meeting.',
  'MEETING.IN_THE_PAST': 'The meeting time has already passed.',
  'MEETING.NOT_STARTED': 'The meeting has not started yet.',
  'MEETING.SAME_TIME': 'The new time is the same as the current one.',
  'MEETING.INVALID_LOCATION': 'The meeting place is not one of the known kinds.',
  'MEETING.INVALID_REASON': 'The reason given is missing or too long.',
  'SCHEDULING.ILLEGAL_TRANSITION': 'The time proposal cannot move to that status from where it is.',
  'SCHEDULING.REQUEST_CLOSED': 'The ask behind this proposal is closed.',
  'SCHEDULING.TOO_FEW_SLOTS': 'Propose at least one time.',
  'SCHEDULING.TOO_MANY_SLOTS': 'Propose at most five times.',
  'SCHEDULING.SLOT_IN_PAST': 'One of the proposed times has already passed.',
  'SCHEDULING.OUTSIDE_BUSINESS_HOURS': "A proposed time falls outside the person's business hours.",
  'SCHEDULING.DUPLICATE_SLOT': 'The same time was proposed twice.',
  'SCHEDULING.ALREADY_PROPOSED': 'Times have already been proposed for this ask.',
  'SCHEDULING.UNKNOWN_SLOT': 'That time is not one of those proposed.',
  'SCHEDULING.SLOT_ALREADY_PROPOSED': 'That time has already been proposed.',
  'SCHEDULING.LINK_USED':
    'The scheduling link was already answered (a time picked, another offered or declined); `details.answer` says how.',
  'SCHEDULING.LINK_EXPIRED':
    'The scheduling link is past its expiry (a few days after the last time offered).',
  'SCHEDULING.LINK_REPLACED':
    'The seeker made a newer link for the same times; this one no longer opens.',
  'SCHEDULING.LINK_CLOSED':
    'The times behind the link are no longer offered: withdrawn, or the ask closed or settled.',
  'PREPARATION.INVALID_QUESTION': 'The question is empty or too long.',
  'PREPARATION.INVALID_CATEGORY': 'The question category is not one of the known ones.',
  'PREPARATION.LIST_FULL':
    'The meeting’s question list already holds as many questions as a list may; `details.max` gives the limit.',
  'PREPARATION.ALREADY_ON_LIST': 'That bank question is already on the meeting’s list.',
  'PREPARATION.INVALID_ORDER':
    'A new order must name every question on the list exactly once; the list changed since it was loaded.',
  'PREPARATION.BANK_CATEGORY_FULL':
    'The bank category already holds as many questions in use as it may; retire one first.',
  'PREPARATION.MEETING_CLOSED':
    'The meeting is completed, cancelled or missed: its question list and checklist are kept as they were.',
  'REFERRAL.INVALID_NAME': "The referral's name is missing or too long.",
  'REFERRAL.NEEDS_COMPANY_OR_WAY_TO_REACH':
    'A referral needs a company or a way to reach them, or it cannot be followed up.',
  'REFERRAL.INVALID_EMAIL': "The referral's email is not an address.",
  'REFERRAL.INVALID_PHONE': "The referral's phone number could not be read.",
  'REFERRAL.INVALID_FIELD': 'A referral field is too long or malformed; `field` names it.',
  'REFERRAL.MEETING_NOT_HELD': 'Referrals are recorded from a meeting that took place.',
  'REFERRAL.ALREADY_CONVERTED': 'This referral is already a contact.',
  'REFERRAL.ALREADY_FOLLOWED_UP': 'This referral has already been followed up.',
  'THANK_YOU.MEETING_NOT_COMPLETED': 'A thank-you card follows a completed meeting.',
  'THANK_YOU.ILLEGAL_TRANSITION': 'The card cannot move to that status from where it is.',
  'THANK_YOU.SENT_IN_FUTURE': 'The card cannot be marked sent at a time still to come.',
  'THANK_YOU.SENT_BEFORE_MEETING': 'The card cannot have been sent before the meeting ended.',
  'THANK_YOU.INVALID_KIND': 'A card is sent by hand or by email.',
  'EXPERTS.INVALID_QUESTION': 'The question is empty or too long.',
  'EXPERTS.INVALID_ANSWER': 'The answer is empty or too long.',
  'EXPERTS.NOT_STAFF': 'Only agency staff answer questions.',
  'EXPERTS.ILLEGAL_TRANSITION': 'The question cannot move to that status from where it is.',
  'EXPERTS.TOO_MANY_OPEN':
    'The seeker already has as many questions waiting as one may; `details.limit` says how many.',
  'COACHING.INVALID_COMMENT': 'The coach comment is empty or too long.',
  'COACHING.INVALID_TARGET': 'A coach comment is on the question list or on the notes.',
  'COACHING.NOT_STAFF': 'Only agency staff comment on a seeker’s meeting.',
  'COACHING.NOT_AUTHOR': 'Only the coach who wrote a comment may change or remove it.',
  'RECORD.INVALID':
    'A stored record could not be read back (a bad instant, zone or status); `field` gives its path.',
  'MEETING.INVALID_END': 'The real end of a meeting must fall between its start and now.',
  'NOTES.UNKNOWN_QUESTION': 'That question is not on this meeting’s list.',
  'NOTES.TOO_LONG': 'The note is longer than a note may be.',
  'NOTES.INVALID_REVISION': 'The note edit names a revision that does not exist.',
};

export type ApiCode = keyof typeof API_CODES;
export type ApiRuleCode = keyof typeof API_RULE_CODES;
export type ClientErrorCode = ApiCode | ApiRuleCode | DomainErrorCode;

export const ERROR_CATALOG: Readonly<Record<ClientErrorCode, string>> = {
  ...API_CODES,
  ...API_RULE_CODES,
  ...DOMAIN_CODES,
};

export function isClientErrorCode(code: string): code is ClientErrorCode {
  return Object.hasOwn(ERROR_CATALOG, code);
}
