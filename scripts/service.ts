/**
 * Runs one service as its own process (production, docker-compose):
 *   npm run service -- jobcentre [--seed] [--citizens N]
 *   npm run service -- views
 *   npm run service -- gateway
 * Configured by environment variables only (see docs/configuration.md); the service may also be
 * named by HUB_SERVICE (the image's health check reads the same variable).
 */
import { gatewayOptionsFrom, startGateway } from '../gateway/src/server.ts';
import { SUBGRAPH_NAMES, checkProductionKeys, type ServiceName } from '../services/shared/src/config.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { DEFAULT_CITIZENS, buildWorld } from '../services/shared/src/demo/world.ts';
import { SERVICES, accessLogFor, consentLookupFor, logGuardsFor } from '../hub/hub.ts';
import { loadKeys } from '../services/shared/src/identity.ts';
import { applyLogLevel } from '../services/shared/src/logger.ts';
import { LayoutError } from '../services/shared/src/layout.ts';
import { createMetrics } from '../services/shared/src/metrics.ts';
import { createReplayGuard } from '../services/shared/src/replay.ts';
import { prepareDatabase, seedDatabase, startService } from '../services/shared/src/service.ts';
import { NO_REGISTER, createRegisterLookup } from '../services/registry/facts.ts';
import { startViews } from '../services/views/index.ts';
import { argsOrExit, configOrExit, fail } from './cli.ts';

const parsed = argsOrExit({
  allowPositionals: true,
  options: { seed: { type: 'boolean', default: false }, citizens: { type: 'string', default: String(DEFAULT_CITIZENS) } },
});
const name = parsed.positionals[0] ?? process.env.HUB_SERVICE;
if (!name || (name !== 'gateway' && !(SUBGRAPH_NAMES as readonly string[]).includes(name))) {
  fail(`name a service: gateway, ${SUBGRAPH_NAMES.join(', ')}`);
}
const config = configOrExit();
try {
  checkProductionKeys(config, name === 'gateway' ? 'gateway' : 'subgraph');
} catch (error) {
  fail((error as Error).message);
}
applyLogLevel(config.logLevel);
const keys = await loadKeys(config.dataDir, config);
const host = '0.0.0.0';
const metrics = createMetrics();
// The gateway signs tokens and checks none: its guard stays in memory and unused.
const replayGuard = createReplayGuard(name === 'gateway' ? undefined : config.redisUrl);

/** Retries `attempt` once a second for up to two minutes, then gives up with a clear message. */
async function untilReady(what: string, attempt: () => Promise<void>): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= 120) fail(`${what} is not available: ${(error as Error).message}`);
      if (tries === 1) console.error(`waiting for ${what}...`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

let stop: () => Promise<void>;
if (name === 'gateway') {
  const gateway = await startGateway({ ...gatewayOptionsFrom(config, keys, metrics), port: config.gatewayPort, host, subgraphUrls: config.subgraphUrls });
  stop = gateway.stop;
} else if (name === 'views') {
  // The views keep no data: no database, only the gateway's public key and the thresholds.
  const views = await startViews(config, { port: config.servicePorts.views, host, gatewayKeys: keys.gatewayKeys, replayGuard, metrics });
  stop = async () => {
    await views.stop();
    await replayGuard.close();
  };
} else {
  const service = name as ServiceName;
  const definition = SERVICES[service];
  const url = config.databaseUrls[service];
  if (!url) fail(`${service.toUpperCase().replace('-', '_')}_DATABASE_URL is required when a service runs on its own`);
  const mode = config.databaseModes[service];
  if (mode === 'existing' && parsed.values.seed) fail(`--seed would write into the existing ${service} database; it is read only`);
  // Migrations and demo data as the owner of the tables; requests as the application's login.
  const ownerUrl = config.databaseOwnerUrls[service] ?? url;
  const owner = openDatabase({ url: mode === 'existing' ? url : ownerUrl, readOnly: mode === 'existing', poolMax: 4 });
  const world = parsed.values.seed ? buildWorld({ citizens: Number(parsed.values.citizens) }) : undefined;
  await (async () => {
    await prepareDatabase(definition, owner, { mode });
    if (world) await seedDatabase(definition, owner, world);
  })()
    .catch((error: Error) => fail(error instanceof LayoutError ? error.message : `the ${service} database could not be prepared: ${error.message}`))
    .finally(() => owner.close());
  const db = openDatabase({ url, readOnly: mode === 'existing' });
  // Every service reads consents (departments) or register facts (consent) from their owners' stores.
  const consentUrl = config.databaseUrls.consent;
  const registryUrl = config.databaseUrls.registry;
  if (!consentUrl) fail('CONSENT_DATABASE_URL is required: the consent decision reads the consent store');
  if ((service === 'consent' || service === 'plan') && !registryUrl) fail(`REGISTRY_DATABASE_URL is required by the ${service} service`);
  const consentDb = service === 'consent' ? db : openDatabase({ url: consentUrl, poolMax: 5 });
  // The consent rules and the plan service check birth dates and custody in the register.
  const readsRegister = service === 'consent' || service === 'plan';
  const registryDb =
    service === 'registry'
      ? db
      : readsRegister
        ? openDatabase({ url: registryUrl!, poolMax: 2, readOnly: config.databaseModes.registry === 'existing' })
        : null;
  const accessLog = accessLogFor(consentDb, metrics);
  // The consent service migrates its own store; a department started alongside it waits for it,
  // since it can neither decide nor log without it.
  await untilReady('the consent store (access log)', () => accessLog.ready());
  // The consent service verifies the log and exports its signed head on a schedule.
  const logGuards = service === 'consent' ? logGuardsFor(url, config, keys) : null;
  const deps = {
    config,
    db,
    keys,
    accessLog,
    logVerifier: logGuards?.verifier,
    consents: consentLookupFor(consentDb),
    register: registryDb ? createRegisterLookup(registryDb.knex) : NO_REGISTER,
  };
  const running = await startService(definition, deps, {
    port: config.servicePorts[service],
    host,
    gatewayKeys: keys.gatewayKeys,
    replayGuard,
    metrics,
  });
  stop = async () => {
    await running.stop();
    await replayGuard.close();
    await logGuards?.stop();
    await Promise.all([...new Set([db, consentDb, registryDb ?? db])].map((d) => d.close()));
  };
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stop().then(() => process.exit(0)));
}
