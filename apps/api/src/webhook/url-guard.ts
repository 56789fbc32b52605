import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Webhook URLs are chosen by partners, and the server will POST to them:
 * without a check, a subscription to http://127.0.0.1:4000/… or to the
 * cloud's metadata address would make Rapport attack its own network.
 * Only public unicast addresses are allowed, checked when the subscription
 * is made and again on every connection (through `guardedLookup`), since a
 * name can resolve elsewhere later. WEBHOOKS_ALLOW_PRIVATE lifts this for
 * local testing.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // ::ffff:127.0.0.1 is 127.0.0.1.
  return ipaddr.process(address).range() === 'unicast';
}

export class UnsafeUrlError extends Error {}

/** Parses and checks a subscriber URL; throws UnsafeUrlError with a sentence a person can act on. */
export async function checkSubscriberUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UnsafeUrlError('The URL is not a valid address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsafeUrlError('Webhook URLs must start with https:// (or http://).');
  }
  if (url.username || url.password) {
    throw new UnsafeUrlError(
      'Put no user name or password in the URL; verify the signature instead.',
    );
  }
  if (raw.length > 2000) throw new UnsafeUrlError('The URL is longer than 2000 characters.');
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host)
    ? [host]
    : await dns.promises
        .lookup(host, { all: true, verbatim: true })
        .then((found) => found.map((entry) => entry.address))
        .catch(() => {
          throw new UnsafeUrlError(`The host ${host} could not be found.`);
        });
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    throw new UnsafeUrlError(
      `The host ${host} is on a private, loopback or link-local network; webhooks go only to public addresses.`,
    );
  }
  return url;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that refuses private addresses at the moment
 * of connecting, so a name that resolved to a public address when checked
 * cannot be pointed at a private one afterwards (DNS rebinding).
 */
export function guardedLookup(
  hostname: string,
  options: dns.LookupOptions,
  callback: LookupCallback,
): void {
  dns.lookup(hostname, { ...options, all: true }, (error, found) => {
    if (error) return callback(error, []);
    const addresses = found as dns.LookupAddress[];
    if (addresses.length === 0 || !addresses.every((entry) => isPublicAddress(entry.address))) {
      const refused = Object.assign(new Error(`${hostname} resolves to a private address`), {
        code: 'EPRIVATE',
      });
      return callback(refused, []);
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    callback(null, first!.address, first!.family);
  });
}
