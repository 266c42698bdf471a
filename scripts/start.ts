/**
 * `npm start`: the whole hub on this machine. Without database URLs it runs the embedded Postgres
 * server under .data/pg (kept across restarts) and writes the demo data unless the databases already
 * hold it complete; `npm start -- --reset` writes it anew; `--citizens N` sets the number of
 * synthetic citizens (and re-seeds when the databases hold another number). With per-service
 * database URLs it uses those (migrations on start; demo data only with `--seed`).
 */
import { buildConsoleIfStale } from '../hub/console-build.ts';
import { startHub, type RunningHub } from '../hub/hub.ts';
import { lockDataDir } from '../hub/lock.ts';
import { checkProductionKeys } from '../services/shared/src/config.ts';
import { argsOrExit, configOrExit, fail } from './cli.ts';

const args = argsOrExit({
  options: { reset: { type: 'boolean', default: false }, seed: { type: 'boolean', default: false }, citizens: { type: 'string' } },
}).values;
const citizens = args.citizens === undefined ? undefined : Number(args.citizens);
if (citizens !== undefined && (!Number.isInteger(citizens) || citizens < 0 || citizens > 200_000)) fail('--citizens must be a whole number from 0 to 200000');

const config = configOrExit();
try {
  checkProductionKeys(config, 'hub');
} catch (error) {
  fail((error as Error).message);
}
let release: () => void;
try {
  release = lockDataDir(config.dataDir);
} catch (error) {
  fail((error as Error).message);
}
// The web console is static files the gateway serves; without a build it answers how to make one.
try {
  buildConsoleIfStale((line) => console.log(line));
} catch (error) {
  console.error(`${(error as Error).message}\nThe hub starts without the console.`);
}
const usesEmbedded = Object.keys(config.databaseUrls).length < 5;
const progress = (line: string) => console.log(line);
let hub: RunningHub;
try {
  hub = await startHub({ config, seed: args.reset || args.seed ? 'always' : usesEmbedded ? 'if-missing' : 'never', citizens, progress });
} catch (error) {
  release();
  fail((error as Error).message);
}

console.log(`
Citizen hub is running (started in ${process.uptime().toFixed(1)} s).

  GraphQL endpoint:  ${hub.gateway.url}   (POST, JSON; every request needs a bearer token)
  Web console:       ${new URL('/console/', hub.gateway.url)}

Get a development token and run a first query:

  TOKEN=$(npm run --silent token -- --sub cw-jc-1 --department jobcentre --roles caseworker,coordinator)
  curl -s ${hub.gateway.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ citizen(cpr: \\"720385-1235\\") { name jobcentre { __typename ... on JobcentreView { sanctions { date } } } } }"}'

Stop with Ctrl+C.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await hub.stop();
    release();
    process.exit(0);
  });
}
