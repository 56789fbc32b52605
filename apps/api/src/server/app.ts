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
import { userActor } from '../common/actor.js';
import { createLoaders, createServices, type Services } from '../concepts.js';
import type { Context } from '../graphql/context.js';
import { createSchema } from '../graphql/schema.js';

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

export async function createApp(config: Config, dataSource: DataSource): Promise<App> {
  const server = Fastify({
    logger: {
      level: config.logLevel,
      // Cookies carry session tokens; never write them to the log.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming)
        ? incoming
        : randomUUID();
    },
    trustProxy: config.trustProxy,
    // 6 MB: a contact import sends its CSV (up to 5 MB) inside the GraphQL request.
    bodyLimit: 6 * 1_048_576,
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

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    csrfPrevention: true,
    introspection: true,
    plugins: [fastifyApolloDrainPlugin(server), ApolloServerPluginLandingPageDisabled()],
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
      actor: session ? userActor(session.user) : null,
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

  if (config.serveClients) registerClients(server);
  return { server, services };
}

/**
 * Serves the seeker app at / and the dashboard at /admin from their Vite
 * builds, with client-side routes falling back to each app's index.html.
 */
function registerClients(server: FastifyInstance): void {
  const available = {
    web: fs.existsSync(path.join(CLIENT_DIRS.web, 'index.html')),
    admin: fs.existsSync(path.join(CLIENT_DIRS.admin, 'index.html')),
  };
  if (available.web) {
    server.register(fastifyStatic, {
      root: CLIENT_DIRS.web,
      prefix: '/',
      wildcard: false,
      index: false,
    });
  }
  if (available.admin) {
    server.register(fastifyStatic, {
      root: CLIENT_DIRS.admin,
      prefix: '/admin/',
      wildcard: false,
      index: false,
      decorateReply: !available.web,
    });
  }
  const pages = {
    web: available.web ? fs.readFileSync(path.join(CLIENT_DIRS.web, 'index.html')) : null,
    admin: available.admin ? fs.readFileSync(path.join(CLIENT_DIRS.admin, 'index.html')) : null,
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
