import { InvalidInputError } from './errors.js';

/**
 * Ids leave the API as opaque strings ("Company:<uuid>" in base64url) so
 * clients never build or parse them, and an id of one type is refused where
 * another is expected instead of finding some other row.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string, expectedType: string): string {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator < 1 || type !== expectedType || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new InvalidInputError(`That is not a valid ${expectedType.toLowerCase()} id.`);
  }
  return id;
}
