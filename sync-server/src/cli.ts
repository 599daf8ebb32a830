/**
 * `npm start` / `npm run serve`: load the configuration, open and migrate the store, seed the demo district
 * on first run, listen, print the URL and the demo logins; close cleanly on SIGINT / SIGTERM.
 */
import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { ROLE_NAMES_ZH } from '../../src/domain/roles';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { createLocalChangeNotifier, type ChangeNotifier } from './fanout/change-notifier';
import { createPostgresChangeNotifier } from './fanout/postgres-change-notifier';
import { createLogger } from './http/logger';
import { demoLoginsFor, seedDemoDistrict, type DemoSeedResult } from './seed-demo';
import { openStore } from './store/open-store';
import type { Store } from './store/store';

/**
 * Connections the kernel queues while the process is busy (Node's default is 511). A thousand tablets
 * starting their sync at once open thousands of connections; with SQLite each query holds the event loop,
 * and a full queue showed as ECONNRESET on the tablets. Capped by net.core.somaxconn (4096 here).
 */
const LISTEN_BACKLOG = 4_096;

const SHUTDOWN_TIMEOUT_MS = 10_000;

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

async function printBanner(
  config: Config,
  store: Store,
  port: number,
  isAppBuilt: boolean,
  seeded: DemoSeedResult | null,
): Promise<void> {
  const lines = ['', '代办 Daiban sync server', `  URL:        http://localhost:${port}`];
  if (config.host === '0.0.0.0' || config.host === '::') {
    for (const address of lanAddresses()) lines.push(`  On the LAN: http://${address}:${port}`);
  }
  if (config.publicUrl) lines.push(`  Public URL: ${config.publicUrl}`);
  lines.push(
    `  Data:       ${config.database.kind === 'sqlite' ? `${config.database.path} (SQLite)` : 'PostgreSQL (DATABASE_URL)'}`,
  );
  lines.push(
    isAppBuilt
      ? `  App:        ${config.staticDir}`
      : `  App:        not built (${config.staticDir} missing): run \`npm run build\`; the API works meanwhile`,
  );
  if (config.tokenSecretSource === 'file-created')
    lines.push(`  Secret:     generated ${config.dataDir}/secret.key (keep it; back it up with the data)`);
  if (seeded) {
    lines.push(
      `  Demo district seeded: ${seeded.regions} regions, ${seeded.users} users, ${seeded.catalogueItems} catalogue items, ` +
        `${seeded.holidaySchedules} holiday schedules, ${seeded.historicalCases} historical cases with ` +
        `${seeded.historicalActions} actions, ${seeded.historicalConsultations} consultations ` +
        `(${(seeded.totalMs / 1000).toFixed(1)} s)`,
    );
  }
  const logins = demoLoginsFor(config.demoSeed);
  const first = logins[0];
  if (first && (await store.getUserByUsername(first.username)) !== null) {
    lines.push(`  Demo logins (password ${first.password}; demo data only):`);
    for (const login of logins) {
      lines.push(
        `    ${ROLE_NAMES_ZH[login.role].padEnd(6, '　')} ${login.username.padEnd(10)} ${login.name}  ${login.regionPath}`,
      );
    }
  }
  console.info(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : `Cannot load the configuration: ${String(error)}`);
  }
  const logger = createLogger(config.logLevel);

  let store: Store;
  try {
    store = await openStore(config.database, {
      onPoolError: (error) => logger.error({ err: error }, 'database connection error'),
    });
    const applied = await store.migrate();
    if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  } catch (error) {
    const where = config.database.kind === 'sqlite' ? config.database.path : 'DATABASE_URL';
    fail(`Cannot open the database (${where}): ${error instanceof Error ? error.message : String(error)}`);
  }

  let seeded: DemoSeedResult | null = null;
  try {
    if (config.seedDemo) seeded = await seedDemoDistrict(store, { seed: config.demoSeed });
  } catch (error) {
    await store.close().catch(() => undefined);
    fail(`Cannot load the demo district: ${error instanceof Error ? error.message : String(error)}`);
  }

  let app: FastifyInstance;
  let notifier: ChangeNotifier = createLocalChangeNotifier();
  try {
    // Several instances on one PostgreSQL database tell each other's replication streams about commits.
    if (config.database.kind === 'postgres')
      notifier = await createPostgresChangeNotifier(config.database.url, logger);
    app = await buildApp({ config, store, logger, notifier });
    await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  } catch (error) {
    await store.close().catch(() => undefined);
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE')
      fail(`Port ${config.port} is already in use: stop the other server or set PORT`);
    if (code === 'EACCES')
      fail(`Not allowed to listen on ${config.host}:${config.port}: choose a PORT above 1024`);
    fail(`Cannot start the server: ${error instanceof Error ? error.message : String(error)}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  await printBanner(config, store, port, app.isAppBuilt, seeded);

  let isStopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (isStopping) {
      console.error(`${signal} again: exiting now`);
      process.exit(1);
    }
    isStopping = true;
    console.info(`${signal}: stopping (finishing open requests)…`);
    const timer = setTimeout(() => {
      console.error(`Could not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    void (async () => {
      try {
        await app.close();
        await notifier.close();
        await store.close();
        console.info('Stopped.');
        process.exit(0);
      } catch (error) {
        console.error(`Error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      }
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

await main();
