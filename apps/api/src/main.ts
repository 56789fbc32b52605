import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/data-source.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_REPLY_TOKEN, seedDemoData } from './seed/demo-data.js';
import { createApp } from './server/app.js';
import {
  FIRST_ADMIN_HINT,
  hasNoAdmin,
  refuseDemoAccountsInProduction,
} from './server/start-up-checks.js';

async function main(config: Config): Promise<void> {
  const dataSource = await openDatabase(config.database);
  await refuseDemoAccountsInProduction(config, dataSource);
  const { server, services } = await createApp(config, dataSource);
  await services.sessions.purgeExpired(services.now());

  if (config.seedDemoData && (await seedDemoData(dataSource, services.now()))) {
    server.log.info('empty database: demo data added');
  }
  // The network index is loaded before the server answers, so the first
  // path query does not pay for reading every connection.
  const loadStarted = performance.now();
  await services.network.index.ready();
  const { edges, nodes } = services.network.index.stats;
  server.log.info(
    { edges, nodes, ms: Math.round(performance.now() - loadStarted) },
    'network index loaded',
  );
  const address = await server.listen({ port: config.port, host: config.host });
  const base = address.replace('127.0.0.1', 'localhost');

  const lines = [
    `Rapport is running on ${base}`,
    `  seeker app  ${base}/`,
    `  dashboard   ${base}/admin`,
    `  GraphQL API ${base}/graphql`,
  ];
  if (config.seedDemoData && (await services.accounts.findByEmail(DEMO_ACCOUNTS[0].email))) {
    lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.role.padEnd(6)} ${account.email}`);
    lines.push(`Demo scheduling link (Dana Whitfield answering Jordan's times, no account):`);
    lines.push(`  ${base}/reply/${DEMO_REPLY_TOKEN}`);
  }
  if (await hasNoAdmin(dataSource)) lines.push(...FIRST_ADMIN_HINT);
  // Printed rather than logged: this is the greeting a person reads at the terminal.
  console.log(`\n${lines.join('\n')}\n`);

  const shutdown = async (signal: string) => {
    server.log.info({ signal }, 'shutting down');
    await server.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
main(config).catch((error: unknown) => {
  console.error('Rapport could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
