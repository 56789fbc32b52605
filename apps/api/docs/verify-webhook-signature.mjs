// Verifies a Rapport webhook delivery. Standalone: Node.js 18 or newer, no
// packages. Copy it into your receiver and call it with the body exactly as
// it arrived (not JSON parsed and serialised again), the Rapport-Signature
// header, and the secret you were shown when you registered the URL.
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Returns the delivered event ({ id, type, createdAt, data }) when the
 * signature is right and recent; throws otherwise.
 * @param {string | Buffer} rawBody the request body, byte for byte
 * @param {string | undefined} signatureHeader e.g. "t=1767225600,v1=5f2b…"
 * @param {string} secret the subscription's whsec_… secret
 * @param {{ toleranceSeconds?: number, now?: number }} [options] now in milliseconds
 */
export function verifyRapportWebhook(rawBody, signatureHeader, secret, options = {}) {
  const { toleranceSeconds = 300, now = Date.now() } = options;
  const parts = new Map(
    String(signatureHeader ?? '')
      .split(',')
      .map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
      }),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) {
    throw new Error('The Rapport-Signature header is missing or malformed.');
  }
  // A captured delivery sent again later is refused.
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) {
    throw new Error('The delivery is too old, or this server’s clock is wrong.');
  }
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  // Compared in constant time, so the signature cannot be guessed byte by byte.
  if (!timingSafeEqual(Buffer.from(given, 'hex'), expected)) {
    throw new Error('The signature does not match: wrong secret, or the body was changed.');
  }
  return JSON.parse(body);
}
