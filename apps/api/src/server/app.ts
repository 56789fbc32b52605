import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE, type SessionService } from '../auth/session.service.js';
import { formatError } from '../common/errors.js';
import type { Config } from '../config.js';
import { userActor } from '../common/actor.js';
import { concepts, createLoaders, createServices, type Services } from '../concepts.js';
import type { Context } from '../graphql/context.js';
import { jitGateway } from '../graphql/jit.js';
import { createSchema } from '../graphql/schema.js';
import { serializeLoggedError, serializeRequest } from './log-serializers.js';
import { requestIdGenerator, trustFunction } from './proxy-trust.js';
import {
  BODY_LIMIT_BYTES,
  registerGraphqlHttpErrors,
  registerQueryLimits,
  schemaExposurePlugin,
} from './request-limits.js';
import { apiKeyActorOf, registerApiKeyAuth } from './api-key-auth.js';
import { createBucketStore } from './cost-bucket.js';
import { apiKeyScopePlugin, costPlugin, registerCostOnEveryResponse } from './cost-limits.js';
import { registerApiDocs } from './api-docs.js';
import { AccessLog } from './access-log.js';
import { registerSecurityHeaders } from './security-headers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Built clients, found beside the api package in the monorepo. */
export const CLIENT_DIRS: ClientDirs = {
  web: path.resolve(here, '../../../web/dist'),
  admin: path.resolve(here, '../../../admin/dist'),
};

export interface ClientDirs {
  web: string;
  admin: string;
}

export interface App {
  server: FastifyInstance;
  services: Services;
}

/** What tests may swap: where the built clients are, and where the log goes. */
export interface AppOptions {
  clientDirs?: ClientDirs;
  logStream?: { write: (line: string) => void };
}

export async function createApp(
  config: Config,
  dataSource: DataSource,
  options: AppOptions = {},
): Promise<App> {
  const trust = trustFunction(config.trustProxy);
  const server = Fastify({
    logger: {
      level: config.logLevel,
      // Cookies carry session tokens; never write them to the log.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      serializers: {
        err: serializeLoggedError,
        error: serializeLoggedError,
        req: serializeRequest,
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    logController: new AccessLog(),
    genReqId: requestIdGenerator(trust, randomUUID),
    trustProxy: trust === false ? false : trust,
    // A contact import sends its CSV (up to 5 MB) inside the GraphQL request.
    bodyLimit: BODY_LIMIT_BYTES,
  });
  const services = createServices(dataSource, config);

  await server.register(fastifyCookie);
  registerSecurityHeaders(server, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  server.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const schema = await createSchema();
  // Keys first: a bad key is a 401 whatever the query looks like.
  registerApiKeyAuth(server, services.apiKeys, () => services.now());
  registerQueryLimits(server, schema);
  const buckets = createBucketStore(
    config.redisUrl,
    { capacity: config.costBucketCapacity, leakPerSecond: config.costBucketLeakPerSecond },
    (error) => server.log.warn({ err: error }, 'Redis for the cost buckets is unreachable'),
  );
  server.addHook('onClose', async () => {
    await services.webhookDispatcher.stop();
    await services.network.stopRefreshing();
    await buckets.close();
  });
  // One session lookup per request, whoever asks first (the GraphQL context, a route, the cost report).
  const sessions = new WeakMap<FastifyRequest, ReturnType<SessionService['resolve']>>();
  const sessionOf = (request: FastifyRequest) => {
    let session = sessions.get(request);
    if (!session) {
      const token = request.cookies[SESSION_COOKIE];
      session = token ? services.sessions.resolve(token, services.now()) : Promise.resolve(null);
      sessions.set(request, session);
    }
    return session;
  };
  registerGraphqlHttpErrors(server);
  registerCostOnEveryResponse(server, {
    buckets,
    now: () => services.now(),
    callerOf: async (request) => {
      const session = apiKeyActorOf(request) ? null : await sessionOf(request);
      return apiKeyActorOf(request) ?? (session ? userActor(session.user) : null);
    },
    onStoreError: (error) => server.log.error({ err: error }, 'cost bucket unavailable'),
  });
  const apollo = new ApolloServer<Context>({
    ...(config.graphqlJit ? { gateway: jitGateway(schema) } : { schema }),
    csrfPrevention: true,
    introspection: config.graphqlIntrospection !== 'off',
    plugins: [
      fastifyApolloDrainPlugin(server),
      ApolloServerPluginLandingPageDisabled(),
      // Nothing here sets cache hints or reports traces, and each of these
      // plugins, once installed, wraps every field's resolver to time it.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      schemaExposurePlugin(config.graphqlIntrospection),
      apiKeyScopePlugin(),
      costPlugin({
        maxCost: config.graphqlMaxCost,
        buckets,
        now: () => services.now(),
        onStoreError: (error) => server.log.error({ err: error }, 'cost bucket unavailable'),
      }),
    ],
    formatError: (formatted, error) =>
      formatError(formatted, error, (bug) =>
        server.log.error({ err: bug }, 'unexpected error in a resolver'),
      ),
  });
  await apollo.start();

  const contextFor = async (request: FastifyRequest, reply: Context['reply']): Promise<Context> => {
    // A request with an API key is the key's, whatever cookie came with it.
    const keyActor = apiKeyActorOf(request);
    const session = keyActor ? null : await sessionOf(request);
    return {
      actor: keyActor ?? (session ? userActor(session.user) : null),
      sessionTokenHash: session?.tokenHash ?? null,
      loaders: createLoaders(dataSource),
      services,
      request,
      reply,
    };
  };
  await server.register(fastifyApollo(apollo), { context: contextFor });

  server.get('/healthz', async (_request, reply) => {
    try {
      await dataSource.query('SELECT 1');
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      server.log.error({ err: error }, 'health check failed');
      return reply.code(503).send({ status: 'error', database: 'unreachable' });
    }
  });

  for (const concept of concepts) {
    if ('routes' in concept && concept.routes) {
      concept.routes(server, {
        services,
        now: () => services.now(),
        actorOf: async (request) => {
          const session = await sessionOf(request);
          return session ? userActor(session.user) : null;
        },
      });
    }
  }

  registerApiDocs(server, schema, config);
  if (config.serveClients) registerClients(server, options.clientDirs ?? CLIENT_DIRS);
  services.webhookDispatcher.start(server.log);
  services.network.startRefreshing(config.networkRefreshSeconds, server.log);
  return { server, services };
}

/**
 * Source maps are built (hidden) for error reports, not for visitors: they
 * would hand out the clients' full source.
 */
const notASourceMap = (pathName: string): boolean => !pathName.endsWith('.map');

/**
 * Serves the seeker app at / and the dashboard at /admin from their Vite
 * builds. Any other GET is one of the apps' own routes, so it gets that
 * app's index.html whatever the Accept header says (curl, link checkers and
 * uptime probes send none); only a request for a file that is not there,
 * under assets/ or with an extension, stays a 404.
 */
function registerClients(server: FastifyInstance, dirs: ClientDirs): void {
  const available = {
    web: fs.existsSync(path.join(dirs.web, 'index.html')),
    admin: fs.existsSync(path.join(dirs.admin, 'index.html')),
  };
  if (available.web) {
    server.register(fastifyStatic, {
      root: dirs.web,
      prefix: '/',
      allowedPath: notASourceMap,
      wildcard: false,
      index: false,
    });
  }
  if (available.admin) {
    server.register(fastifyStatic, {
      root: dirs.admin,
      prefix: '/admin/',
      allowedPath: notASourceMap,
      wildcard: false,
      index: false,
      decorateReply: !available.web,
    });
  }
  const pages = {
    web: available.web ? fs.readFileSync(path.join(dirs.web, 'index.html')) : null,
    admin: available.admin ? fs.readFileSync(path.join(dirs.admin, 'index.html')) : null,
  };
  server.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const inAdmin = pathname === '/admin' || pathname.startsWith('/admin/');
    const appPath = inAdmin ? pathname.slice('/admin'.length) : pathname;
    const lastSegment = appPath.slice(appPath.lastIndexOf('/') + 1);
    // A missing file must not come back as a page: a stale script tag would
    // then get HTML with status 200 and fail in a far more confusing way.
    const wantsFile = appPath.startsWith('/assets/') || /\.[^.]+$/.test(lastSegment);
    const page = pages[inAdmin ? 'admin' : 'web'];
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (!isRead || wantsFile || !page) {
      return reply.code(404).send({ error: 'Not found' });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').send(page);
  });
}
