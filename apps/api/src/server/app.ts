import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { formatError } from '../common/errors.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { createSchema } from '../graphql/schema.js';
import { createServices, type Services } from '../graphql/services.js';
import { serializeLoggedError, serializeRequest } from './log-serializers.js';
import { requestIdGenerator, trustFunction } from './proxy-trust.js';
import { registerQueryLimits, schemaExposurePlugin } from './request-limits.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Built clients, found beside the api package in the monorepo. */
export const CLIENT_DIRS = {
  web: path.resolve(here, '../../../web/dist'),
  admin: path.resolve(here, '../../../admin/dist'),
};

export interface App {
  server: FastifyInstance;
  services: Services;
}

/** What tests may swap: where the built clients are, and where the log goes. */
export interface AppOptions {
  clientDirs?: { web: string; admin: string };
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
    genReqId: requestIdGenerator(trust, randomUUID),
    trustProxy: trust === false ? false : trust,
    bodyLimit: 1_048_576,
  });
  const services = createServices(dataSource, config);

  await server.register(fastifyCookie);
  await server.register(fastifyHelmet, {
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
  registerQueryLimits(server, schema);
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: config.graphqlIntrospection !== 'off',
    plugins: [
      fastifyApolloDrainPlugin(server),
      ApolloServerPluginLandingPageDisabled(),
      schemaExposurePlugin(config.graphqlIntrospection),
    ],
    formatError: (formatted, error) =>
      formatError(formatted, error, (bug) =>
        server.log.error({ err: bug }, 'unexpected error in a resolver'),
      ),
  });
  await apollo.start();

  const contextFor = async (request: FastifyRequest, reply: Context['reply']): Promise<Context> => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await services.sessions.resolve(token, services.now()) : null;
    return {
      user: session?.user ?? null,
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

  if (config.serveClients) registerClients(server, options.clientDirs ?? CLIENT_DIRS);
  return { server, services };
}

/**
 * Source maps are built (hidden) for error reports, not for visitors: they
 * would hand out the clients' full source.
 */
const notASourceMap = (pathName: string): boolean => !pathName.endsWith('.map');

/**
 * Serves the seeker app at / and the dashboard at /admin from their Vite
 * builds, with client-side routes falling back to each app's index.html.
 */
function registerClients(server: FastifyInstance, dirs: { web: string; admin: string }): void {
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
    const wantsPage =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    const page =
      pages[request.url === '/admin' || request.url.startsWith('/admin/') ? 'admin' : 'web'];
    if (!wantsPage || !page) {
      return reply.code(404).send({ error: 'Not found' });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').send(page);
  });
}
