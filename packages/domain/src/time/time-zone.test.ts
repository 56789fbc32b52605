import { describe, expect, it } from 'vitest';
import { at } from '../test-support/fixtures.js';
import {
  checkLocalDate,
  checkTimeZone,
  endOfLocalDate,
  endOfLocalDay,
  localDateAndTimeToInstant,
  localDateOf,
  localDateTimeToInstant,
  localTimeRange,
} from './time-zone.js';

describe('checkTimeZone', () => {
  it.each([
    ['America/New_York', 'America/New_York'],
    ['america/new_york', 'America/New_York'],
    [' Europe/London ', 'Europe/London'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['UTC', 'UTC'],
  ])('accepts %j as %j', (zone, canonical) => {
    expect(checkTimeZone(zone)).toEqual({ ok: true, value: canonical });
  });

  it.each(['', 'Mars/Olympus', '+05:00', 'GMT+25', 'New York'])('refuses %j', (zone) => {
    expect(checkTimeZone(zone, 'seekerTimeZone')).toMatchObject({
      ok: false,
      error: {
        code: 'TIME.INVALID_TIME_ZONE',
        field: 'seekerTimeZone',
        details: { timeZone: zone },
      },
    });
  });
});

describe('localDateTimeToInstant', () => {
  it('reads a wall-clock time in its zone', () => {
    expect(localDateTimeToInstant('2025-03-10T09:00', 'America/New_York')).toEqual({
      ok: true,
      value: at('2025-03-10T13:00:00Z'),
    });
    expect(localDateTimeToInstant('2025-03-10T09:00:30', 'Europe/London')).toEqual({
      ok: true,
      value: at('2025-03-10T09:00:30Z'),
    });
  });

  it('follows daylight saving: 09:00 in New York is 14:00 UTC in winter, 13:00 in summer', () => {
    expect(localDateTimeToInstant('2025-03-07T09:00', 'America/New_York')).toEqual({
      ok: true,
      value: at('2025-03-07T14:00:00Z'),
    });
    expect(localDateTimeToInstant('2025-03-10T09:00', 'America/New_York')).toEqual({
      ok: true,
      value: at('2025-03-10T13:00:00Z'),
    });
  });

  it('refuses a time skipped by the spring-forward jump', () => {
    expect(localDateTimeToInstant('2025-03-09T02:30', 'America/New_York')).toMatchObject({
      ok: false,
      error: { code: 'TIME.NONEXISTENT_LOCAL_TIME', field: 'startsAt' },
    });
    expect(localDateTimeToInstant('2025-03-30T01:30', 'Europe/London')).toMatchObject({
      ok: false,
      error: { code: 'TIME.NONEXISTENT_LOCAL_TIME' },
    });
  });

  it('accepts a repeated fall-back time (it exists, twice)', () => {
    expect(localDateTimeToInstant('2025-11-02T01:30', 'America/New_York').ok).toBe(true);
  });

  it('refuses malformed or impossible input', () => {
    expect(localDateTimeToInstant('10 March 9am', 'UTC')).toMatchObject({
      error: { code: 'TIME.INVALID_LOCAL_TIME' },
    });
    expect(localDateTimeToInstant('2025-13-01T09:00', 'UTC', 'when')).toMatchObject({
      error: { code: 'TIME.INVALID_LOCAL_TIME', field: 'when' },
    });
    expect(localDateTimeToInstant('2025-03-10T09:00', 'Nowhere/City')).toMatchObject({
      error: { code: 'TIME.INVALID_TIME_ZONE' },
    });
  });
});

describe('localDateAndTimeToInstant', () => {
  const fields = { date: 'startsAt', time: 'time', zone: 'timeZone' };

  it('reads a date field and a time field on the wall clock of a zone', () => {
    expect(localDateAndTimeToInstant('2025-03-10', '09:00', 'America/New_York', fields)).toEqual({
      ok: true,
      value: at('2025-03-10T13:00:00Z'),
    });
  });

  it('names the field each problem is about', () => {
    expect(localDateAndTimeToInstant('', '09:00', 'UTC', fields)).toMatchObject({
      error: { code: 'TIME.INVALID_DATE', field: 'startsAt', message: 'Choose the date.' },
    });
    expect(localDateAndTimeToInstant('10/03/2025', '09:00', 'UTC')).toMatchObject({
      error: { code: 'TIME.INVALID_DATE', field: 'date' },
    });
    expect(localDateAndTimeToInstant('2025-03-10', '', 'UTC', fields)).toMatchObject({
      error: { code: 'TIME.INVALID_LOCAL_TIME', field: 'time', message: 'Choose the time.' },
    });
    expect(localDateAndTimeToInstant('2025-03-10', '9am', 'UTC', fields)).toMatchObject({
      error: { code: 'TIME.INVALID_LOCAL_TIME', field: 'time' },
    });
    expect(localDateAndTimeToInstant('2025-03-10', '09:00', 'Nowhere/City', fields)).toMatchObject({
      error: { code: 'TIME.INVALID_TIME_ZONE', field: 'timeZone' },
    });
    expect(
      localDateAndTimeToInstant('2025-03-09', '02:30', 'America/New_York', fields),
    ).toMatchObject({ error: { code: 'TIME.NONEXISTENT_LOCAL_TIME', field: 'time' } });
  });
});

describe('local days', () => {
  const lateEvening = at('2025-03-08T03:30:00Z'); // Friday 22:30 in New York, Saturday in London

  it('reads the date on each wall clock', () => {
    expect(localDateOf(lateEvening, 'America/New_York')).toBe('2025-03-07');
    expect(localDateOf(lateEvening, 'Europe/London')).toBe('2025-03-08');
  });

  it('finds the end of the local day', () => {
    expect(endOfLocalDay(lateEvening, 'America/New_York')).toEqual(at('2025-03-08T04:59:59.999Z'));
    expect(endOfLocalDate('2025-03-09', 'America/New_York')).toEqual(
      at('2025-03-10T03:59:59.999Z'),
    );
  });

  it('checks calendar dates', () => {
    expect(checkLocalDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkLocalDate('2025-02-29')).toMatchObject({ error: { code: 'TIME.INVALID_DATE' } });
    expect(checkLocalDate('2025-2-1', 'holiday')).toMatchObject({ error: { field: 'holiday' } });
  });
});

describe('localTimeRange', () => {
  it('shows one meeting on both clocks', () => {
    const start = at('2025-03-10T13:00:00Z');
    expect(localTimeRange(start, 20, 'America/New_York')).toEqual({
      timeZone: 'America/New_York',
      date: '2025-03-10',
      startTime: '09:00',
      endTime: '09:20',
      utcOffset: '-04:00',
      crossesMidnight: false,
    });
    expect(localTimeRange(start, 20, 'Asia/Tokyo')).toMatchObject({
      date: '2025-03-10',
      startTime: '22:00',
      endTime: '22:20',
      utcOffset: '+09:00',
    });
    expect(localTimeRange(at('2025-03-10T14:50:00Z'), 20, 'Asia/Tokyo')).toMatchObject({
      startTime: '23:50',
      endTime: '00:10',
      crossesMidnight: true,
    });
  });
});
