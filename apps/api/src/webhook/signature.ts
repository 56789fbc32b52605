import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'Rapport-Signature';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. Signing the time
 * with the body lets a subscriber refuse an old delivery replayed by
 * someone who captured it (the docs suggest five minutes of tolerance).
 */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}
