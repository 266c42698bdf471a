/**
 * `npm start`: the whole hub on this machine. Embedded databases under .data/ (kept across restarts)
 * with the demo data on first start; `npm start -- --reset` re-seeds; `--citizens N` sets the number
 * of synthetic citizens. With per-service database URLs it uses real Postgres (migrations on start;
 * demo data only with `--seed`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startHub, type RunningHub } from '../services/shared/src/hub.ts';
import { argsOrExit, configOrExit, fail } from './cli.ts';

const args = argsOrExit({
  options: { reset: { type: 'boolean', default: false }, seed: { type: 'boolean', default: false }, citizens: { type: 'string' } },
}).values;
const citizens = args.citizens === undefined ? 20 : Number(args.citizens);
if (!Number.isInteger(citizens) || citizens < 0) fail('--citizens must be a whole number');

const config = configOrExit();

if (args.reset) {
  // Embedded databases are simply removed; real Postgres databases are cleared by the re-seed below.
  fs.rmSync(path.join(config.dataDir, 'db'), { recursive: true, force: true });
}
const usesPostgres = Object.keys(config.databaseUrls).length > 0;
let hub: RunningHub;
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
