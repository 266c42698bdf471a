/**
 * `npm start`: the whole hub on this machine. Embedded databases under .data/ (kept across restarts)
 * with the demo data on first start; `npm start -- --reset` re-seeds; `--citizens N` sets the number
 * of synthetic citizens. With per-service database URLs it uses real Postgres (migrations on start;
 * demo data only with `--seed`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../services/shared/src/config.ts';
import { startHub } from '../services/shared/src/hub.ts';

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: { reset: { type: 'boolean', default: false }, seed: { type: 'boolean', default: false }, citizens: { type: 'string' } },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
const citizens = args.citizens === undefined ? 20 : Number(args.citizens);
if (!Number.isInteger(citizens) || citizens < 0) fail('--citizens must be a whole number');

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

if (args.reset) {
  // Embedded databases are simply removed; real Postgres databases are cleared by the re-seed below.
  fs.rmSync(path.join(config.dataDir, 'db'), { recursive: true, force: true });
}
const usesPostgres = Object.keys(config.databaseUrls).length > 0;
let hub;
try {
  hub = await startHub({ config, seed: args.reset || args.seed ? true : usesPostgres ? false : 'if-new', citizens });
} catch (error) {
  fail((error as Error).message);
}

console.log(`
Citizen hub is running.

  GraphQL endpoint:  ${hub.gateway.url}   (POST, JSON; every request needs a bearer token)

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
    process.exit(0);
  });
}
