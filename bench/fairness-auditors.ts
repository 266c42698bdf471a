/**
 * `npm run bench:fairness:auditors`: does verifying the access log stall the caseworkers? A hub on a
 * throwaway embedded Postgres server, its log filled with `--entries` entries; a caseworker's
 * single-citizen view (W1) measured alone, then while four auditors loop `verifyAccessLog`. Prints
 * the p50 and p95 of both and their ratio, and the time of a full walk against an incremental
 * verification at that size. `--full-walks`: the auditors loop full walks instead (the verifier
 * before checkpoints), for comparison. It is a measurement, not a test: on a shared machine the
 * figures are noisy.
 *
 *   npm run bench:fairness:auditors -- --entries 90000 --seconds 15
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHub } from '../hub/hub.ts';
import { verifyLog } from '../services/consent/access-log/verify.ts';
import type { AccessLogEntry } from '../services/shared/src/access-log.ts';
import { loadConfig } from '../services/shared/src/config.ts';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { mintDevToken } from '../services/shared/src/identity.ts';
import { CITIZEN_VIEW } from './workloads.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '90000' },
    seconds: { type: 'string', default: '10' },
    auditors: { type: 'string', default: '4' },
    'full-walks': { type: 'boolean', default: false },
  },
});
const entries = Number(values.entries);
const seconds = Number(values.seconds);
const auditors = Number(values.auditors);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-fairness-'));
const config = loadConfig({ HUB_DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', ACCESS_LOG_HEAD_INTERVAL_SECONDS: '0' });
const hub = await startHub({ config, ephemeralPorts: true, seed: 'always', citizens: 100, durable: false });

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const post = async (token: string, query: string, variables?: object) => {
  const response = await fetch(hub.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: any };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
};

try {
  const token = (claims: { sub: string; department: string; roles: string[] }) =>
    mintDevToken(hub.keys, claims, { issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn: '2h' });
  const caseworker = await token({ sub: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker', 'coordinator'] });
  const auditorTokens = await Promise.all(Array.from({ length: auditors }, (_, i) => token({ sub: `aud-${i}`, department: 'family', roles: ['auditor'] })));

  // The log as the issue found it: tens of thousands of entries, written through the writer.
  const filler = (i: number): AccessLogEntry => ({
    at: new Date(),
    actorId: `cw-${i % 300}`,
    actorDepartment: 'jobcentre',
    role: 'caseworker',
    cpr: PERSONAS.simon,
    sourceDepartment: 'jobcentre',
    categories: ['JOBCENTRE_APPOINTMENTS'],
    outcome: 'RELEASED',
    legalBasis: 'OWN_DEPARTMENT',
    consentId: null,
    consentVersion: null,
    emergencyAccessId: null,
    purpose: null,
    operation: 'Fill',
    requestId: `fill-${i}`,
    criterion: null,
  });
  for (let i = 0; i < entries; i += 5000) await hub.accessLog.append(Array.from({ length: Math.min(5000, entries - i) }, (_, k) => filler(i + k)));

  const keys = { publicKey: hub.keys.logSigningPublicKey, privateKey: hub.keys.logSigningPrivateKey };
  const knex = hub.databases.consent.knex;
  let started = performance.now();
  const full = await verifyLog(knex, { ...keys, fromCheckpoint: false });
  const fullMs = performance.now() - started;
  await hub.accessLog.append(Array.from({ length: 1000 }, (_, k) => filler(entries + k)));
  started = performance.now();
  const incremental = await verifyLog(knex, keys);
  const incrementalMs = performance.now() - started;

  const cprs = [PERSONAS.anne, PERSONAS.simon, PERSONAS.soren];
  /** The caseworker's view, one request at a time, for `seconds`: latencies in ms. */
  async function caseworkerLoop(): Promise<number[]> {
    const times: number[] = [];
    const end = performance.now() + seconds * 1000;
    for (let n = 0; performance.now() < end; n++) {
      const t = performance.now();
      await post(caseworker, CITIZEN_VIEW, { cpr: cprs[n % cprs.length] });
      times.push(performance.now() - t);
    }
    return times;
  }
  for (let i = 0; i < 10; i++) await post(caseworker, CITIZEN_VIEW, { cpr: cprs[i % 3] });
  const unloaded = await caseworkerLoop();

  let stop = false;
  let verifications = 0;
  const verifyTimes: number[] = [];
  const loops = auditorTokens.map(async (auditor) => {
    while (!stop) {
      const t = performance.now();
      if (values['full-walks']) await verifyLog(knex, { publicKey: keys.publicKey, fromCheckpoint: false });
      else await post(auditor, '{ verifyAccessLog { ok entriesWalked } }');
      verifyTimes.push(performance.now() - t);
      verifications += 1;
    }
  });
  const loaded = await caseworkerLoop();
  stop = true;
  await Promise.all(loops);

  const p50u = percentile(unloaded, 0.5);
  const p50l = percentile(loaded, 0.5);
  console.log(
    `\nfairness: ${entries.toLocaleString('en')} entries in the log, ${auditors} auditors, ${seconds} s per measurement (one process, embedded Postgres)`,
  );
  console.log(`verify: full walk ${(fullMs / 1000).toFixed(2)} s over ${full.entriesChecked.toLocaleString('en')} entries (ok: ${full.ok});`);
  console.log(
    `        incremental after 1,000 new entries ${incrementalMs.toFixed(1)} ms, walked ${incremental.entriesWalked.toLocaleString('en')} (ok: ${incremental.ok})`,
  );
  console.log(`caseworker view unloaded: p50 ${p50u.toFixed(1)} ms, p95 ${percentile(unloaded, 0.95).toFixed(1)} ms (${unloaded.length} requests)`);
  console.log(
    `caseworker view loaded:   p50 ${p50l.toFixed(1)} ms, p95 ${percentile(loaded, 0.95).toFixed(1)} ms (${loaded.length} requests) while ${verifications} ${values['full-walks'] ? 'full walks' : 'verifyAccessLog calls'} ran (p50 ${percentile(verifyTimes, 0.5).toFixed(1)} ms)`,
  );
  console.log(`loaded / unloaded p50: ${(p50l / p50u).toFixed(2)}x`);
} finally {
  await hub.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
