/**
 * `npm run bench:log`: fills an access log with a million entries (a year of a municipality's use,
 * across 12 monthly partitions) and measures the auditors' queries and the chain verification.
 * Prints medians; it is a measurement, not a test.
 *
 *   HUB_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:log -- --entries 1000000
 * Without the variable it runs on a throwaway embedded Postgres server.
 */
import { parseArgs } from 'node:util';
import knexFactory from 'knex';
import { openDatabase, migrate } from '../services/shared/src/db.ts';
import { migrations } from '../services/consent/legacy/migrations.ts';
import { ensurePartition } from '../services/consent/access-log/schema.ts';
import { startEmbeddedPostgres, temporaryServerDir } from '../hub/postgres.ts';
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import { generateKeyPair } from 'jose';
import { listEntries } from '../services/consent/access-log/queries.ts';
import { verifyLog } from '../services/consent/access-log/verify.ts';
import type { AccessLogEntry } from '../services/shared/src/access-log.ts';
import type { Department } from '../services/shared/src/identity.ts';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '25' }, explain: { type: 'string' } },
});
const total = Number(values.entries);
const runs = Number(values.runs);
const embedded = process.env.HUB_BENCH_DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dir: temporaryServerDir('hub-bench-log'), roles: [], durable: false });
const baseUrl = process.env.HUB_BENCH_DATABASE_URL ?? embedded!.adminUrl;

let url: string;
let dropDatabase = async () => {};
{
  const admin = knexFactory({ client: 'pg', connection: baseUrl, pool: { min: 0, max: 1 } });
  const name = `hub_bench_${process.pid}`;
  await admin.raw(`create database "${name}"`);
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  url = u.toString();
  dropDatabase = async () => {
    await admin.raw(`drop database if exists "${name}" with (force)`);
    await admin.destroy();
    await embedded?.stop();
  };
}
const db = openDatabase({ url });
const departments: Department[] = ['jobcentre', 'family', 'adult-social'];
const citizens = 50_000;
const actors = 600;
const cprOf = (i: number) =>
  `${String(61 + (i % 28)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(60 + (i % 40)).padStart(2, '0')}-${String(1000 + (i % 3000)).padStart(4, '0')}`;

try {
  await migrate(db.knex, migrations);
  const start = new Date(Date.UTC(new Date().getUTCFullYear() - 1, new Date().getUTCMonth(), 1));
  for (let m = 0; m <= 13; m++) {
    const month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1)).toISOString().slice(0, 10);
    await ensurePartition(db.knex, month);
  }
  const span = Date.now() - start.getTime();
  let written = 0;
  // Stored times rise with the sequence, as the database clock gives them, spread over the year.
  const log = new DurableAccessLog(db.knex, { maxBatch: 10_000, clock: () => new Date(start.getTime() + Math.floor((written / total) * span)) });
  const fillStarted = performance.now();
  while (written < total) {
    const size = Math.min(10_000, total - written);
    const batch: AccessLogEntry[] = Array.from({ length: size }, (_, k) => {
      const i = written + k;
      const actorDepartment = departments[i % 3]!;
      const sourceDepartment = departments[(i + Math.floor(i / 3)) % 3]!;
      const own = actorDepartment === sourceDepartment;
      return {
        at: new Date(),
        actorId: `cw-${i % actors}`,
        actorDepartment,
        role: 'caseworker',
        cpr: cprOf((i * 7919) % citizens),
        sourceDepartment,
        categories: ['JOBCENTRE_APPOINTMENTS'],
        outcome: own || i % 4 === 0 ? 'RELEASED' : 'REFUSED',
        legalBasis: own ? 'OWN_DEPARTMENT' : i % 4 === 0 ? 'CONSENT' : 'NONE',
        consentId: null,
        consentVersion: null,
        emergencyAccessId: null,
        purpose: own ? null : 'COORDINATED_EFFORT',
        operation: 'CitizenView',
        requestId: `bench-${i}`,
        criterion: null,
      };
    });
    await log.append(batch);
    written += size;
  }
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  await db.knex.raw('analyze access_log');

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  async function measure(label: string, run: () => Promise<unknown>) {
    await run();
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    console.log(
      `${label.padEnd(58)} median ${median(times).toFixed(2).padStart(8)} ms   max ${Math.max(...times)
        .toFixed(2)
        .padStart(8)} ms`,
    );
  }

  console.log(
    `\naccess log: ${total.toLocaleString('en')} entries, ${citizens.toLocaleString('en')} citizens, ${actors} actors, 13 monthly partitions (${embedded ? 'embedded Postgres' : 'Postgres'})`,
  );
  console.log(
    `filled in ${fillSeconds.toFixed(1)} s (${Math.round(total / fillSeconds).toLocaleString('en')} entries/s through the group-commit writer, hash chain included)\n`,
  );
  const someCpr = cprOf(4242);
  const day = new Date(start.getTime() + span / 2);
  const page = await listEntries(db.knex, {}, 50, null);
  const deepCursor = page.entries.at(-1)!.seq - 500_000;
  await measure('accessLog(first: 50), newest', () => listEntries(db.knex, {}, 50, null));
  await measure('accessLog(filter: { cpr }, first: 50)', () => listEntries(db.knex, { cpr: someCpr }, 50, null));
  await measure('accessLog(filter: { actorId }, first: 50)', () => listEntries(db.knex, { actorId: 'cw-17' }, 50, null));
  await measure('accessLog(filter: { from, to: one day }, first: 50)', () =>
    listEntries(db.knex, { from: day, to: new Date(day.getTime() + 86_400_000) }, 50, null),
  );
  await measure('accessLog(filter: { cpr, from, to: one month })', () =>
    listEntries(db.knex, { cpr: someCpr, from: new Date(day.getTime() - 30 * 86_400_000), to: day }, 50, null),
  );
  await measure('accessLog(filter: { department, outcome: REFUSED }, first: 50)', () =>
    listEntries(db.knex, { department: 'family', outcome: 'REFUSED' }, 50, null),
  );
  await measure('accessLog(first: 50, after: entry 500,000 back)', () => listEntries(db.knex, {}, 50, deepCursor));
  // The full walk (the background job) signs a checkpoint; an auditor's verification then covers only
  // what came after it.
  const keys = await generateKeyPair('ES256');
  const verifyStarted = performance.now();
  const verification = await verifyLog(db.knex, { ...keys, fromCheckpoint: false });
  console.log(
    `\nfull walk over ${verification.entriesChecked.toLocaleString('en')} entries: ok=${verification.ok} in ${((performance.now() - verifyStarted) / 1000).toFixed(2)} s`,
  );
  const more = new DurableAccessLog(db.knex);
  await more.append(
    Array.from({ length: 1000 }, (_, i) => ({
      at: new Date(),
      actorId: 'aud-bench',
      actorDepartment: 'family',
      role: 'auditor',
      cpr: null,
      sourceDepartment: null,
      categories: ['ACCESS_LOG'],
      outcome: 'RELEASED' as const,
      legalBasis: 'OWN_DEPARTMENT' as const,
      consentId: null,
      consentVersion: null,
      emergencyAccessId: null,
      purpose: null,
      operation: 'AccessLog',
      requestId: `bench-more-${i}`,
      criterion: null,
    })),
  );
  const incrementalStarted = performance.now();
  const incremental = await verifyLog(db.knex, { ...keys });
  console.log(
    `incremental verifyAccessLog after 1,000 new entries: ok=${incremental.ok}, walked ${incremental.entriesWalked.toLocaleString('en')} of ${incremental.entriesChecked.toLocaleString('en')} in ${((performance.now() - incrementalStarted) / 1000).toFixed(3)} s`,
  );
  if (values.explain) {
    const plan = await db.knex.raw(`explain analyze ${values.explain}`);
    for (const row of plan.rows) console.log(`  ${row['QUERY PLAN']}`);
  }
} finally {
  await db.close();
  await dropDatabase();
}
