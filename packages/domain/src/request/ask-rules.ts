import type { HiringStatus } from '../company/company.js';
import { fail, ok, type DomainError, type Result } from '../result.js';
import type { AgencySettings } from '../settings.js';
import { optionalText } from '../text.js';
import {
  askThrottleState,
  checkAskThrottle,
  type AskRecord,
  type ThrottleState,
} from './ask-throttle.js';
import {
  type NextContactInput,
  type NextContactSuggestion,
  suggestNextContacts,
} from './next-contact.js';
import {
  type AskChannel,
  checkAskChannel,
  type InterviewRequest,
  type RequestStatus,
} from './request-status.js';

export const ASK_MESSAGE_MAX = 2000;

export type AskErrorCode =
  | 'REQUEST.DO_NOT_CONTACT'
  | 'REQUEST.ALREADY_ASKED'
  | 'REQUEST.THROTTLED'
  | 'REQUEST.INVALID_CHANNEL'
  | 'REQUEST.INVALID_MESSAGE';

export interface AskAdvice {
  /** True when the seeker should pitch a brief informational meeting rather than ask about jobs. */
  suggestInformationalMeeting: boolean;
  message: string;
}

const ADVICE: { readonly [K in HiringStatus | 'NONE']: (company: string) => AskAdvice } = {
  NOT_HIRING: (company) => ({
    suggestInformationalMeeting: true,
    message: `${company} is not hiring right now, which is no reason to stop. Ask the hiring manager for a brief informational meeting to learn about the company, not for a job.`,
  }),
  UNKNOWN: (company) => ({
    suggestInformationalMeeting: true,
    message: `We don't know whether ${company} is hiring. Ask for a brief informational meeting: it is worth having either way.`,
  }),
  NONE: () => ({
    suggestInformationalMeeting: true,
    message:
      'Ask for a brief informational meeting: it is worth having whether or not they are hiring.',
  }),
  HIRING: (company) => ({
    suggestInformationalMeeting: false,
    message: `${company} is hiring. You may mention the role that interests you, but keep the ask to a short conversation.`,
  }),
};

/** What to ask for, given whether the company is hiring. */
export function askAdvice(company: { name: string; hiringStatus: HiringStatus } | null): AskAdvice {
  return company ? ADVICE[company.hiringStatus](company.name) : ADVICE.NONE('');
}

const ALREADY_ASKED: { readonly [K in RequestStatus]: (name: string) => string } = {
  ASKED: (name) =>
    `You have already asked ${name} and the request is waiting for an answer. Each person is asked once, so give them time or try someone else.`,
  ACCEPTED: (name) =>
    `${name} has already accepted your request. Schedule the meeting instead of asking again.`,
  DECLINED: (name) =>
    `${name} declined your earlier request. Each person is asked once, so move on to the contacts suggested below.`,
  NO_RESPONSE: (name) =>
    `You asked ${name} before and got no answer. Each person is asked once, so move on to the contacts suggested below.`,
  WITHDRAWN: (name) =>
    `You asked ${name} before and withdrew the request. Each person is asked once, so try the contacts suggested below.`,
};

/** The facts of a company the ask advice depends on. */
export interface AskCompany {
  id: string;
  name: string;
  hiringStatus: HiringStatus;
}

/**
 * The contact being asked, carrying its own company: the request's company
 * and the advice both come from here, so they cannot disagree.
 */
export interface AskCheckTarget {
  /** The contact row the seeker chose. */
  id: string;
  /** The person behind it: ask-once, the throttle and do-not-contact apply to the person. */
  personId: string;
  name?: string | null;
  /** True when any record of this person is flagged do-not-contact (the API reads it per person). */
  doNotContact: boolean;
  company: Pick<AskCompany, 'id'> | null;
}

export interface AskCheckInput {
  seekerId: string;
  contact: AskCheckTarget;
  /**
   * This seeker's asks of the person and every seeker's asks of the person
   * in the throttle window (more is harmless). On the server these must be
   * read inside the transaction that inserts the new ask, with the person
   * locked, so that two concurrent asks cannot both pass; a unique index on
   * (seekerId, personId) backs up ask-once.
   */
  asks: readonly AskRecord[];
  /** When given, a refusal lists the next people to try in `details.suggestions`. */
  suggestions?: Omit<NextContactInput, 'seekerId' | 'companyId' | 'settings'>;
  now: Date;
  settings?: AgencySettings;
}

function withSuggestions<Code extends string>(
  refusal: { ok: false; error: DomainError<Code> },
  input: AskCheckInput,
): { ok: false; error: DomainError<Code> } {
  if (!input.suggestions) return refusal;
  const suggestions: NextContactSuggestion[] = suggestNextContacts({
    ...input.suggestions,
    seekerId: input.seekerId,
    companyId: input.contact.company?.id ?? null,
    settings: input.settings,
  }).filter((suggestion) => suggestion.personId !== input.contact.personId);
  return {
    ok: false,
    error: { ...refusal.error, details: { ...refusal.error.details, suggestions } },
  };
}

/**
 * May this seeker ask this person now? Clients call it to disable the ask
 * button with a reason; askForInterview calls it again on the server.
 */
export function checkCanAsk(
  input: AskCheckInput,
): Result<ThrottleState, 'REQUEST.DO_NOT_CONTACT' | 'REQUEST.ALREADY_ASKED' | 'REQUEST.THROTTLED'> {
  const name = input.contact.name ?? 'This contact';
  if (input.contact.doNotContact) {
    return withSuggestions(
      fail(
        'REQUEST.DO_NOT_CONTACT',
        `The agency has marked ${name} as do-not-contact. Please try one of the other contacts instead.`,
      ),
      input,
    );
  }
  // Any record of the same person counts: a private copy is no way around a "no".
  const previous = input.asks.find(
    (ask) => ask.seekerId === input.seekerId && ask.personId === input.contact.personId,
  );
  if (previous) {
    return withSuggestions(
      fail(
        'REQUEST.ALREADY_ASKED',
        ALREADY_ASKED[previous.status](input.contact.name ?? 'this contact'),
        {
          details: {
            requestId: previous.id,
            contactId: previous.contactId,
            status: previous.status,
            askedAt: previous.askedAt.toISOString(),
          },
        },
      ),
      input,
    );
  }
  const throttle = checkAskThrottle(input.contact, input.asks, input.now, input.settings);
  return throttle.ok ? throttle : withSuggestions(throttle, input);
}

export interface AskInput extends AskCheckInput {
  id: string;
  contact: AskCheckTarget & { company: AskCompany | null };
  channel: AskChannel;
  message?: string | null;
}

export interface AskOutcome {
  request: InterviewRequest;
  advice: AskAdvice;
  /** The throttle after this ask, for "1 ask of this person left this month". */
  throttle: ThrottleState;
}

/** The seeker asks a contact for a brief informational meeting: once, ever. */
export function askForInterview(input: AskInput): Result<AskOutcome, AskErrorCode> {
  const allowed = checkCanAsk(input);
  if (!allowed.ok) return allowed;
  const channel = checkAskChannel(input.channel);
  if (!channel.ok) return channel;
  const message = optionalText(input.message, {
    field: 'message',
    label: 'The message',
    max: ASK_MESSAGE_MAX,
    code: 'REQUEST.INVALID_MESSAGE',
  });
  if (!message.ok) return message;
  const request: InterviewRequest = {
    id: input.id,
    seekerId: input.seekerId,
    contactId: input.contact.id,
    personId: input.contact.personId,
    companyId: input.contact.company?.id ?? null,
    channel: channel.value,
    message: message.value,
    status: 'ASKED',
    askedAt: input.now,
    statusChangedAt: input.now,
  };
  return ok({
    request,
    advice: askAdvice(input.contact.company),
    throttle: askThrottleState(
      input.contact.personId,
      [...input.asks, request],
      input.now,
      input.settings,
    ),
  });
}
