import { describe, expect, it } from 'vitest';
import { at, expectFail, expectOk } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  editFreeNotes,
  editQuestionNote,
  markQuestionAsked,
  startMeetingNotes,
} from '../meeting/meeting-notes.js';
import {
  cardDueAt,
  detailFromNotes,
  draftThankYou,
  draftThankYouFromNotes,
  planThankYouCard,
  PREFERRED_THANK_YOU_KIND,
  recordThankYouSent,
  THANK_YOU_KIND_ADVICE,
  THANK_YOU_STATUSES,
  THANK_YOU_TRANSITIONS,
  thankYouCardDue,
  thankYouCardFromRecord,
  thankYouState,
} from './thank-you-card.js';

const ny = 'America/New_York';
const due = (meetingEndedAt: string, seekerTimeZone = ny, settings = DEFAULT_SETTINGS) => {
  const value = expectOk(
    thankYouCardDue({ meetingEndedAt: at(meetingEndedAt), seekerTimeZone, settings }),
  );
  return { ...value, dueAt: cardDueAt(value) };
};

describe('thankYouCardDue', () => {
  it('a Friday meeting gives a Tuesday card', () => {
    expect(due('2025-03-07T15:20:00Z')).toEqual({
      dueOn: '2025-03-11',
      dueAt: at('2025-03-12T03:59:59.999Z'), // end of Tuesday, EDT after the change
      timeZone: ny,
    });
  });

  it.each([
    ['2025-03-03T15:20:00Z', '2025-03-05'], // Monday → Wednesday
    ['2025-03-06T15:20:00Z', '2025-03-10'], // Thursday → Monday
    ['2025-03-08T15:20:00Z', '2025-03-11'], // Saturday → Tuesday
    ['2025-03-09T15:20:00Z', '2025-03-11'], // Sunday → Tuesday
  ])('meeting ending %s → due %s', (ends, dueOn) => {
    expect(due(ends).dueOn).toBe(dueOn);
  });

  it('counts from the seeker’s local date, not UTC’s', () => {
    // 02:00 UTC Saturday is still Friday evening in New York: Friday → Tuesday,
    // but in London it is Saturday → Tuesday as well; in Tokyo it is Saturday 11:00.
    expect(due('2025-03-08T02:00:00Z', ny).dueOn).toBe('2025-03-11');
    // Thursday 23:30 in Los Angeles is Friday in UTC: Thursday → Monday.
    expect(due('2025-03-07T07:30:00Z', 'America/Los_Angeles').dueOn).toBe('2025-03-10');
    expect(due('2025-03-07T07:30:00Z', 'Europe/London').dueOn).toBe('2025-03-11');
  });

  it('the due day ends at local midnight across a daylight-saving change', () => {
    // London moves to BST on Sunday 30 March; the card for Thursday 27 March is due Monday 31.
    expect(due('2025-03-27T12:00:00Z', 'Europe/London')).toMatchObject({
      dueOn: '2025-03-31',
      dueAt: at('2025-03-31T22:59:59.999Z'),
    });
  });

  it('follows configured business days, weekends and holidays', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      thankYou: { businessDays: 3, weekendDays: [6, 7] as const, holidays: ['2025-03-10'] },
    };
    expect(
      due('2025-03-07T15:20:00Z', ny, { ...settings, thankYou: { ...settings.thankYou } }).dueOn,
    ).toBe('2025-03-13');
  });

  it('refuses an unknown zone', () => {
    expect(
      thankYouCardDue({ meetingEndedAt: at('2025-03-07T15:20:00Z'), seekerTimeZone: 'Nowhere' }),
    ).toMatchObject({
      error: { code: 'TIME.INVALID_TIME_ZONE', field: 'seekerTimeZone' },
    });
  });
});

const meeting = {
  id: 'meeting-1',
  seekerId: 'seeker-1',
  contactId: 'dana',
  status: 'COMPLETED' as const,
  startsAt: at('2025-03-07T15:00:00Z'),
  durationMinutes: 20,
  endedAt: at('2025-03-07T15:20:00Z'),
};
const card = () => expectOk(planThankYouCard({ id: 'card-1', meeting, seekerTimeZone: ny }));

describe('planThankYouCard', () => {
  it('puts a pending note on the list after a completed meeting', () => {
    expect(card()).toEqual({
      id: 'card-1',
      meetingId: 'meeting-1',
      seekerId: 'seeker-1',
      contactId: 'dana',
      status: 'PENDING',
      meetingEndedAt: meeting.endedAt,
      dueOn: '2025-03-11',
      timeZone: ny,
      kind: null,
      sentAt: null,
    });
    expect(cardDueAt(card())).toEqual(at('2025-03-12T03:59:59.999Z'));
  });

  it('counts from the real end of a meeting that finished early', () => {
    const early = { ...meeting, endedAt: at('2025-03-07T15:08:00Z') };
    const planned = expectOk(planThankYouCard({ id: 'c', meeting: early, seekerTimeZone: ny }));
    expect(planned.meetingEndedAt).toEqual(early.endedAt);
    const emailAfterRealEnd = at('2025-03-07T15:12:00Z'); // before the agreed 15:20
    expect(
      recordThankYouSent({
        card: planned,
        kind: 'EMAIL',
        sentAt: emailAfterRealEnd,
        now: emailAfterRealEnd,
      }),
    ).toMatchObject({ ok: true, value: { status: 'SENT', sentAt: emailAfterRealEnd } });
  });

  it('falls back to the agreed end when no real end was recorded', () => {
    const unrecorded = { ...meeting, endedAt: null };
    expect(
      expectOk(planThankYouCard({ id: 'c', meeting: unrecorded, seekerTimeZone: ny }))
        .meetingEndedAt,
    ).toEqual(at('2025-03-07T15:20:00Z'));
  });

  it('is due on the seeker’s calendar, even when the meeting was in another zone', () => {
    // Friday 16:00 in New York is already Saturday in Tokyo: Saturday → Tuesday there.
    const late = { ...meeting, endedAt: at('2025-03-07T21:00:00Z') };
    const tokyo = expectOk(
      planThankYouCard({ id: 'c', meeting: late, seekerTimeZone: 'Asia/Tokyo' }),
    );
    expect(tokyo).toMatchObject({ dueOn: '2025-03-11', timeZone: 'Asia/Tokyo' });
    expect(cardDueAt(tokyo)).toEqual(at('2025-03-11T14:59:59.999Z'));
  });

  it.each(['SCHEDULED', 'CANCELLED', 'NO_SHOW'] as const)('refuses a %s meeting', (status) => {
    expect(
      planThankYouCard({ id: 'c', meeting: { ...meeting, status }, seekerTimeZone: ny }),
    ).toMatchObject({
      error: { code: 'THANK_YOU.MEETING_NOT_COMPLETED', details: { meetingStatus: status } },
    });
  });

  it('refuses an unknown zone', () => {
    expect(expectFail(planThankYouCard({ id: 'c', meeting, seekerTimeZone: 'Nope' })).code).toBe(
      'TIME.INVALID_TIME_ZONE',
    );
  });
});

describe('sending', () => {
  const sentAt = at('2025-03-08T18:00:00Z');

  it('the card table allows PENDING → SENT only', () => {
    const pairs = THANK_YOU_STATUSES.flatMap((f) => THANK_YOU_STATUSES.map((t) => [f, t] as const));
    expect(pairs.filter(([f, t]) => THANK_YOU_TRANSITIONS[f].includes(t))).toEqual([
      ['PENDING', 'SENT'],
    ]);
  });

  it('records a sent card or email', () => {
    expect(
      recordThankYouSent({ card: card(), kind: 'HANDWRITTEN_CARD', sentAt, now: sentAt }),
    ).toMatchObject({
      ok: true,
      value: { status: 'SENT', kind: 'HANDWRITTEN_CARD', sentAt },
    });
    expect(recordThankYouSent({ card: card(), kind: 'EMAIL', sentAt, now: sentAt }).ok).toBe(true);
  });

  it.each([
    [{ kind: 'PIGEON' }, 'THANK_YOU.INVALID_KIND'],
    [{ sentAt: at('2025-03-09T00:00:00Z') }, 'THANK_YOU.SENT_IN_FUTURE'],
    [{ sentAt: at('2025-03-07T15:19:59Z') }, 'THANK_YOU.SENT_BEFORE_MEETING'],
  ])('refuses %j', (change, code) => {
    expect(
      expectFail(
        recordThankYouSent({ card: card(), kind: 'EMAIL', sentAt, now: sentAt, ...change }),
      ).code,
    ).toBe(code);
  });

  it('cannot be sent twice (SENT → SENT is refused)', () => {
    const sent = expectOk(recordThankYouSent({ card: card(), kind: 'EMAIL', sentAt, now: sentAt }));
    expect(recordThankYouSent({ card: sent, kind: 'EMAIL', sentAt, now: sentAt })).toMatchObject({
      error: {
        code: 'THANK_YOU.ILLEGAL_TRANSITION',
        message: 'This thank-you note is already sent.',
      },
    });
  });

  it('marks email as the lesser option', () => {
    expect(PREFERRED_THANK_YOU_KIND).toBe('HANDWRITTEN_CARD');
    expect(THANK_YOU_KIND_ADVICE.HANDWRITTEN_CARD.preferred).toBe(true);
    expect(THANK_YOU_KIND_ADVICE.EMAIL).toMatchObject({
      preferred: false,
      message: expect.stringMatching(/handwritten card/),
    });
  });
});

describe('thankYouState', () => {
  it('is upcoming, due today, overdue, then sent', () => {
    const c = card();
    expect(thankYouState(c, at('2025-03-10T15:00:00Z'))).toBe('UPCOMING');
    expect(thankYouState(c, at('2025-03-11T04:00:00Z'))).toBe('DUE_TODAY'); // 00:00 Tuesday EDT
    expect(thankYouState(c, at('2025-03-12T03:59:59.999Z'))).toBe('DUE_TODAY');
    expect(thankYouState(c, at('2025-03-12T04:00:00Z'))).toBe('OVERDUE');
    expect(thankYouState({ ...c, status: 'SENT' }, at('2025-03-20T00:00:00Z'))).toBe('SENT');
  });
});

describe('thankYouCardFromRecord', () => {
  it('reads back a card stored as JSON, pending or sent', () => {
    const pending = card();
    expect(thankYouCardFromRecord(JSON.parse(JSON.stringify(pending)))).toEqual({
      ok: true,
      value: pending,
    });
    const sentAt = at('2025-03-08T18:00:00Z');
    const sent = expectOk(
      recordThankYouSent({ card: pending, kind: 'HANDWRITTEN_CARD', sentAt, now: sentAt }),
    );
    const read = expectOk(thankYouCardFromRecord(JSON.parse(JSON.stringify(sent))));
    expect(read).toEqual(sent);
    expect(thankYouState(read, at('2025-03-20T00:00:00Z'))).toBe('SENT');
  });

  it.each([
    [{ dueOn: '2025-02-30' }, 'dueOn'],
    [{ kind: 'FAX' }, 'kind'],
    [{ meetingEndedAt: null }, 'meetingEndedAt'],
  ])('refuses %j', (change, field) => {
    expect(thankYouCardFromRecord({ ...card(), ...change })).toMatchObject({
      error: { code: 'RECORD.INVALID', field },
    });
  });
});

describe('detailFromNotes', () => {
  it('takes the first sentence of the first note with text', () => {
    expect(
      detailFromNotes([null, '  ', '- Their team is moving to Kubernetes. Also hiring later.']),
    ).toBe('Their team is moving to Kubernetes');
    expect(detailFromNotes(['\n\n• mentoring juniors\nsecond line'])).toBe('mentoring juniors');
    expect(detailFromNotes([undefined, 'Is the market cooling?'])).toBe('Is the market cooling');
    expect(detailFromNotes([])).toBeNull();
    expect(detailFromNotes(['   ', null])).toBeNull();
  });

  it('cuts a long detail at a word boundary', () => {
    const long = `${'word '.repeat(40)}end`;
    const detail = detailFromNotes([long]) as string;
    expect(detail.length).toBeLessThanOrEqual(121);
    expect(detail.endsWith('word…')).toBe(true);
    expect(detailFromNotes(['x'.repeat(200)])).toBe(`${'x'.repeat(120)}…`);
  });
});

describe('draftThankYou', () => {
  const base = {
    seekerName: 'Alex Kim',
    contactName: 'Dana Lee',
    companyName: 'Acme',
    detail: 'Their team is moving to Kubernetes.',
    meetingStartsAt: at('2025-03-07T15:00:00Z'),
    timeZone: ny,
  };

  it('writes a card with the names, the day and the detail', () => {
    expect(draftThankYou({ ...base, kind: 'HANDWRITTEN_CARD' })).toEqual({
      subject: null,
      body: [
        'Dear Dana,',
        '',
        'Thank you for taking the time to talk with me on Friday about your work at Acme. I keep coming back to what you said: Their team is moving to Kubernetes. Your advice gave me a clearer idea of where to go next, and I will keep you posted on how my search goes.',
        '',
        'With thanks,',
        'Alex Kim',
      ].join('\n'),
    });
  });

  it('takes the detail from meeting notes, answers first', () => {
    let notes = startMeetingNotes({
      meetingId: 'meeting-1',
      questions: [{ id: 'q1', category: 'INDUSTRY', text: 'Where is the industry going?' }],
    });
    notes = expectOk(
      editFreeNotes(notes, {
        baseRevision: 0,
        text: 'Parking on level 2.',
        receivedAt: base.meetingStartsAt,
      }),
    ).notes;
    const { detail: _detail, ...withoutDetail } = base;
    expect(
      draftThankYouFromNotes({ ...withoutDetail, kind: 'HANDWRITTEN_CARD', notes }).body,
    ).toContain('what you said: Parking on level 2.');
    notes = expectOk(
      editQuestionNote(notes, 'q1', {
        baseRevision: 0,
        text: 'Smaller teams own whole products now. More later.',
        receivedAt: base.meetingStartsAt,
      }),
    ).notes;
    notes = expectOk(
      markQuestionAsked(notes, { questionId: 'q1', asked: true, at: base.meetingStartsAt }),
    ).notes;
    expect(
      draftThankYouFromNotes({ ...withoutDetail, kind: 'HANDWRITTEN_CARD', notes }).body,
    ).toContain('what you said: Smaller teams own whole products now. Your advice');
    expect(draftThankYouFromNotes({ ...withoutDetail, kind: 'EMAIL', notes: null }).body).toContain(
      'at Acme. Your advice',
    );
  });

  it('gives an email a subject and copes without company or detail', () => {
    const draft = draftThankYou({ ...base, kind: 'EMAIL', companyName: null, detail: null });
    expect(draft.subject).toBe('Thank you for our conversation on Friday');
    expect(draft.body).toContain('talk with me on Friday. Your advice');
  });
});
