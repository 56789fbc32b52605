import { fail, ok, type Result } from './result.js';
import { checkTimeZone } from './time/time-zone.js';

/**
 * Reading back what persistence returns. A JSON column, a driver or a
 * GraphQL response hands back strings where the domain has Dates, and
 * nothing stops a field from missing. The rules take typed values and do
 * not defend against that; instead each stored shape has one reader, used
 * where rows become domain values, that converts instants and refuses
 * anything malformed with the path of the first bad field.
 */
export type RecordErrorCode = 'RECORD.INVALID';

/**
 * An instant as stored: a Date, or an ISO 8601 string that names its offset.
 * A string without one ("2025-03-05 15:00") would be read in whatever zone
 * the process runs in, so it is refused rather than guessed.
 */
const ZONED_ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

class RecordProblem {
  constructor(
    readonly field: string,
    readonly expected: string,
  ) {}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** Typed access to the fields of one stored object; a bad field stops the whole read. */
export interface RecordFields {
  string(key: string): string;
  nullableString(key: string): string | null;
  /** A whole number no smaller than `min`. */
  integer(key: string, min: number): number;
  boolean(key: string): boolean;
  instant(key: string): Date;
  /** An IANA zone the runtime knows, with its canonical capitals. */
  timeZone(key: string): string;
  nullableInstant(key: string): Date | null;
  oneOf<T extends string>(key: string, values: readonly T[]): T;
  nullableOneOf<T extends string>(key: string, values: readonly T[]): T | null;
  object<T>(key: string, read: (fields: RecordFields) => T): T;
  nullableObject<T>(key: string, read: (fields: RecordFields) => T): T | null;
  list<T>(key: string, read: (fields: RecordFields) => T): T[];
  integerList(key: string): number[];
  /** Refuses a field the helpers above cannot judge alone, e.g. a rule between two fields. */
  invalid(key: string, expected: string): never;
}

function readInstant(value: unknown, field: string): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' && ZONED_ISO_INSTANT.test(value)
        ? new Date(value)
        : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new RecordProblem(field, 'an instant (a Date or an ISO 8601 string with an offset)');
  }
  return new Date(date.getTime());
}

function fieldsOf(value: unknown, path: string): RecordFields {
  if (!isObject(value)) throw new RecordProblem(path || 'record', 'an object');
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const get = (key: string) => value[key];
  const fields: RecordFields = {
    string(key) {
      const v = get(key);
      if (typeof v !== 'string' || v.length === 0) throw new RecordProblem(at(key), 'text');
      return v;
    },
    nullableString(key) {
      const v = get(key);
      if (v === null || v === undefined) return null;
      if (typeof v !== 'string') throw new RecordProblem(at(key), 'text or null');
      return v;
    },
    integer(key, min) {
      const v = get(key);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
        throw new RecordProblem(at(key), `a whole number of at least ${min}`);
      }
      return v;
    },
    boolean(key) {
      const v = get(key);
      if (typeof v !== 'boolean') throw new RecordProblem(at(key), 'true or false');
      return v;
    },
    instant(key) {
      return readInstant(get(key), at(key));
    },
    timeZone(key) {
      const v = get(key);
      const zone = typeof v === 'string' ? checkTimeZone(v) : null;
      if (!zone?.ok) throw new RecordProblem(at(key), 'a time zone such as America/New_York');
      return zone.value;
    },
    nullableInstant(key) {
      const v = get(key);
      return v === null || v === undefined ? null : readInstant(v, at(key));
    },
    oneOf(key, values) {
      const v = get(key);
      if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
        throw new RecordProblem(at(key), `one of ${values.join(', ')}`);
      }
      return v as (typeof values)[number];
    },
    nullableOneOf(key, values) {
      const v = get(key);
      return v === null || v === undefined ? null : fields.oneOf(key, values);
    },
    object(key, read) {
      return read(fieldsOf(get(key), at(key)));
    },
    nullableObject(key, read) {
      const v = get(key);
      return v === null || v === undefined ? null : read(fieldsOf(v, at(key)));
    },
    list(key, read) {
      const v = get(key);
      if (!Array.isArray(v)) throw new RecordProblem(at(key), 'a list');
      return v.map((item, index) => read(fieldsOf(item, `${at(key)}.${index}`)));
    },
    integerList(key) {
      const v = get(key);
      if (!Array.isArray(v) || !v.every((item) => Number.isInteger(item))) {
        throw new RecordProblem(at(key), 'a list of whole numbers');
      }
      return [...(v as number[])];
    },
    invalid(key, expected) {
      throw new RecordProblem(at(key), expected);
    },
  };
  return fields;
}

/**
 * Runs `read` over a stored object and returns the domain value, or
 * RECORD.INVALID naming the first field that is missing or malformed. Only
 * problems found by the readers are turned into a Result; anything else is a
 * bug and still throws.
 */
export function readRecord<T>(
  raw: unknown,
  read: (fields: RecordFields) => T,
): Result<T, RecordErrorCode> {
  try {
    return ok(read(fieldsOf(raw, '')));
  } catch (error) {
    if (!(error instanceof RecordProblem)) throw error;
    return fail('RECORD.INVALID', `A stored ${error.field} is not ${error.expected}.`, {
      field: error.field,
      details: { expected: error.expected },
    });
  }
}
