import { describe, expect, it } from 'vitest';
import { at } from './test-support/fixtures.js';
import { readRecord, type RecordFields } from './record.js';

const read = <T>(raw: unknown, reader: (f: RecordFields) => T) => readRecord(raw, reader);

describe('readRecord', () => {
  it('reads each kind of field', () => {
    const raw = {
      name: 'Dana',
      note: null,
      count: 0,
      flag: false,
      when: '2025-03-05T10:00:00-05:00',
      zone: 'europe/london',
      kind: 'B',
      maybeKind: null,
      days: [1, 5],
      child: { name: 'Sam' },
      none: null,
      items: [{ name: 'a' }, { name: 'b' }],
    };
    expect(
      read(raw, (f) => ({
        name: f.string('name'),
        note: f.nullableString('note'),
        missingNote: f.nullableString('absent'),
        count: f.integer('count', 0),
        flag: f.boolean('flag'),
        when: f.instant('when'),
        whenOrNull: f.nullableInstant('absent'),
        zone: f.timeZone('zone'),
        kind: f.oneOf('kind', ['A', 'B'] as const),
        maybeKind: f.nullableOneOf('maybeKind', ['A'] as const),
        days: f.integerList('days'),
        child: f.object('child', (c) => c.string('name')),
        none: f.nullableObject('none', (c) => c.string('name')),
        items: f.list('items', (i) => i.string('name')),
      })),
    ).toEqual({
      ok: true,
      value: {
        name: 'Dana',
        note: null,
        missingNote: null,
        count: 0,
        flag: false,
        when: at('2025-03-05T15:00:00Z'),
        whenOrNull: null,
        zone: 'Europe/London',
        kind: 'B',
        maybeKind: null,
        days: [1, 5],
        child: 'Sam',
        none: null,
        items: ['a', 'b'],
      },
    });
  });

  it('copies Dates so the record and the value never share one', () => {
    const when = at('2025-03-05T15:00:00Z');
    const result = read({ when }, (f) => f.instant('when'));
    expect(result).toEqual({ ok: true, value: when });
    expect(result.ok && result.value).not.toBe(when);
  });

  it.each<[unknown, (f: RecordFields) => unknown, string, string]>([
    [{ name: '' }, (f: RecordFields) => f.string('name'), 'name', 'text'],
    [{ note: 3 }, (f: RecordFields) => f.nullableString('note'), 'note', 'text or null'],
    [{ n: 1.5 }, (f: RecordFields) => f.integer('n', 0), 'n', 'a whole number of at least 0'],
    [{ n: -1 }, (f: RecordFields) => f.integer('n', 0), 'n', 'a whole number of at least 0'],
    [{ b: 'yes' }, (f: RecordFields) => f.boolean('b'), 'b', 'true or false'],
    [{ z: 7 }, (f: RecordFields) => f.timeZone('z'), 'z', 'a time zone such as America/New_York'],
    [{ k: 'C' }, (f: RecordFields) => f.oneOf('k', ['A']), 'k', 'one of A'],
    [{ k: 'C' }, (f: RecordFields) => f.nullableOneOf('k', ['A']), 'k', 'one of A'],
    [{ d: [1, 'x'] }, (f: RecordFields) => f.integerList('d'), 'd', 'a list of whole numbers'],
    [{ d: 'x' }, (f: RecordFields) => f.integerList('d'), 'd', 'a list of whole numbers'],
    [{ c: [] }, (f: RecordFields) => f.object('c', () => 1), 'c', 'an object'],
    [{ c: 'x' }, (f: RecordFields) => f.nullableObject('c', () => 1), 'c', 'an object'],
    [{ l: {} }, (f: RecordFields) => f.list('l', () => 1), 'l', 'a list'],
    [{ l: [1] }, (f: RecordFields) => f.list('l', () => 1), 'l.0', 'an object'],
    [{ x: 1 }, (f: RecordFields) => f.invalid('x', 'something else'), 'x', 'something else'],
  ])('refuses %j', (raw, reader, field, expected) => {
    expect(read(raw, reader)).toEqual({
      ok: false,
      error: {
        code: 'RECORD.INVALID',
        message: `A stored ${field} is not ${expected}.`,
        field,
        details: { expected },
      },
    });
  });

  it.each([
    ['2025-03-05 15:00:00'],
    ['2025-03-05T15:00:00'],
    ['2025-03-05'],
    ['2025-13-05T15:00:00Z'],
    [1741186800000],
    [new Date(Number.NaN)],
  ])('refuses the instant %j: without an offset it would be read in the server’s zone', (when) => {
    expect(read({ when }, (f) => f.instant('when'))).toMatchObject({
      error: { code: 'RECORD.INVALID', field: 'when' },
    });
  });

  it('accepts ISO instants with Z, an offset, seconds and fractions', () => {
    for (const when of [
      '2025-03-05T15:00Z',
      '2025-03-05T15:00:00.123456Z',
      '2025-03-05T16:00:00+0100',
      '2025-03-05t15:00:00z',
    ]) {
      expect(read({ when }, (f) => f.instant('when')).ok).toBe(true);
    }
  });

  it('names the path of a nested field, and the record itself when it is not an object', () => {
    expect(
      read({ a: { b: [{ c: 'x' }] } }, (f) =>
        f.object('a', (a) => a.list('b', (b) => b.integer('c', 0))),
      ),
    ).toMatchObject({ error: { field: 'a.b.0.c' } });
    expect(read('text', (f) => f.string('x'))).toMatchObject({ error: { field: 'record' } });
    expect(read(new Date(), (f) => f.string('x'))).toMatchObject({ error: { field: 'record' } });
  });

  it('lets bugs in a reader throw', () => {
    expect(() =>
      read({}, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
