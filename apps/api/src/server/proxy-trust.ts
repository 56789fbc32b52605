import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { TrustProxy } from '../config.js';

export type TrustFunction = (address: string, hop: number) => boolean;

/**
 * Which hops of X-Forwarded-For to believe, as Fastify's trustProxy: with a
 * number, that many proxies nearest to us (the client address is the one
 * just beyond them, so whatever a client prepends is ignored); with a list,
 * only hops sent by those addresses.
 */
export function trustFunction(trust: TrustProxy): TrustFunction | false {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile(trust);
}

const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * A request id chosen upstream is kept only when a trusted proxy sent the
 * request; from anyone else it is a value the client made up, which could
 * forge or collide with other requests' log lines.
 */
export function requestIdGenerator(trust: TrustFunction | false, fresh: () => string) {
  return (request: IncomingMessage): string => {
    const incoming = request.headers['x-request-id'];
    const peer = request.socket?.remoteAddress;
    const fromTrustedProxy = trust !== false && peer !== undefined && trust(peer, 0);
    return fromTrustedProxy && typeof incoming === 'string' && REQUEST_ID.test(incoming)
      ? incoming
      : fresh();
  };
}
