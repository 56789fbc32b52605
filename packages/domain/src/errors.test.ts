import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AccountErrorCode } from './account/account.js';
import type { CoachCommentErrorCode } from './coaching/coach-comment.js';
import type { CompanyErrorCode } from './company/company.js';
import type { ContactErrorCode } from './contact/contact.js';
import { DOMAIN_ERROR_CODES, type DomainErrorCode, isDomainErrorCode } from './errors.js';
import type { ExpertQuestionErrorCode } from './experts/expert-question.js';
import type { MeetingNotesErrorCode } from './meeting/meeting-notes.js';
import type { SchedulingErrorCode } from './meeting/reverse-scheduling.js';
import type { SchedulingLinkErrorCode } from './meeting/scheduling-link.js';
import type { NetworkErrorCode } from './network/connection.js';
import type { PreparationErrorCode } from './preparation/question-plan.js';
import type { AskErrorCode } from './request/ask-rules.js';
import type { RequestTransitionErrorCode } from './request/request-status.js';
import type { SettingsErrorCode } from './settings.js';
import type { ThankYouErrorCode } from './thank-you/thank-you-card.js';
import type { TimeErrorCode } from './time/time-zone.js';
import type { RecordErrorCode } from './record.js';
import type { ReferralErrorCode } from './wrap-up/referral.js';

type EveryModuleCode =
  | AccountErrorCode
  | CoachCommentErrorCode
  | CompanyErrorCode
  | ContactErrorCode
  | ExpertQuestionErrorCode
  | MeetingNotesErrorCode
  | SchedulingErrorCode
  | SchedulingLinkErrorCode
  | NetworkErrorCode
  | PreparationErrorCode
  | AskErrorCode
  | RequestTransitionErrorCode
  | SettingsErrorCode
  | ThankYouErrorCode
  | TimeErrorCode
  | RecordErrorCode
  | ReferralErrorCode;

describe('DOMAIN_ERROR_CODES', () => {
  it('is exactly the union of every module’s codes', () => {
    expectTypeOf<DomainErrorCode>().toEqualTypeOf<EveryModuleCode>();
  });

  it('has unique, dotted, upper-case codes', () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(DOMAIN_ERROR_CODES.length);
    for (const code of DOMAIN_ERROR_CODES) expect(code).toMatch(/^[A-Z_]+\.[A-Z_]+$/);
  });

  it('recognises its own codes', () => {
    expect(isDomainErrorCode('MEETING.TOO_LONG')).toBe(true);
    expect(isDomainErrorCode('MEETING.TOO_FUN')).toBe(false);
  });
});
