/**
 * `npm run bench`: the hub under load, beside a peer and a floor, on this machine.
 *
 *   npm run bench                         full run (3 rounds, 15 s per measurement, 1,000 citizens, scale check)
 *   npm run bench -- --quick --json       about 3 minutes; ends with one JSON line of the headline figures
 *   npm run bench -- --processes          each service and each gateway in its own process
 *   npm run bench -- --citizens 5000 --duration 30 --rounds 5 --connections 32
 *   npm run bench -- --profile DIR        also a CPU profile of the hub process under W1 (top costs printed)
 *   npm run bench -- --scale-citizens N   the large world of the scale check (default 100,000)
 *
 * Systems (docs/benchmarks.md says exactly what each is):
 *   hub          startHub as shipped, one process, on an embedded Postgres server in a temp folder
 *   peer         the same resolvers, loaders and databases as plain Apollo subgraphs, no consent gate,
 *                no access log, behind a bare Hive Gateway (bench/peer.ts)
 *   peer-router  the same, the gateway with @graphql-hive/router-runtime's query planner
 *   floor        one process, one schema, the same reads, consent decisions and log writes, no
 *                federation (bench/floor.ts)
 * Workloads: W1 one citizen across three departments, W2 a caseload page of 50 with the composed
 * figures, W3 a citizen's timeline and conflicts (bench/workloads.ts); W4 access-log ingest and
 * verification, W5 revocation under load (bench/log-workloads.ts).
 *
 * Every measured process runs with NODE_ENV=production, gets the same load generator (autocannon,
 * in this process), warms up first, and is measured side by side in each round; the table shows
 * medians over rounds. It is a measurement, not a test: figures on a shared machine are noisy.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPH_NAMES, type ServiceName, type SubgraphName } from '../services/shared/src/config.ts';
import { firstStartSeconds } from './first-start.ts';
import { measure, medianRow, statementsPerRequest, type LoadOptions, type Row, type Target } from './load.ts';
import { logWorkload, revocationUnderLoad, type LogFigures, type RevocationFigures } from './log-workloads.ts';
import { childEnv, descendantsCpuMs, processCpuMs, startMeasured, type Measured } from './processes.ts';
import { formatSummary, summariseProfile } from './profile.ts';
import type { FloorChildOptions, HubChildOptions, HubReady, PeerChildOptions } from './serve.ts';
import { caseloadBody, workloads, type Workload, type WorkloadName } from './workloads.ts';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    processes: { type: 'boolean', default: false },
    citizens: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    connections: { type: 'string', default: '32' },
    profile: { type: 'string' },
    'scale-citizens': { type: 'string' },
  },
});
const quick = args.quick;
const settings = {
  citizens: Number(args.citizens ?? 3000),
  duration: Number(args.duration ?? (quick ? 5 : 15)),
  /** Requests per connection at least, in each measurement (the heavy workloads take longer than `duration`). */
  minimumRounds: quick ? 1 : 3,
  /** Warm-up requests before each measurement: one per connection, or 8 in quick mode (time). */
  warmup: quick ? 8 : Number(args.connections),
  rounds: Number(args.rounds ?? (quick ? 1 : 3)),
  connections: Number(args.connections),
  /** Citizens of the caseload the W1 and W3 requests cycle through. */
  sample: quick ? 100 : 200,
  logSeconds: quick ? 3 : 10,
  /** W1 at 100,000 citizens against 1,000: full mode only (seeding 100,000 takes minutes). */
  scaleCitizens: quick ? null : Number(args['scale-citizens'] ?? 100_000),
};
for (const [name, value] of Object.entries(settings)) {
  if (value !== null && (!Number.isFinite(value) || value <= 0)) {
    console.error(`--${name} must be a positive number`);
    process.exit(2);
  }
}
const load: LoadOptions = { connections: settings.connections, duration: settings.duration, minimumRounds: settings.minimumRounds, warmup: settings.warmup };
const benchStarted = performance.now();
/** Progress goes to stderr; the table and the JSON line to stdout. */
const progress = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const envName = (service: SubgraphName) => service.toUpperCase().replace('-', '_');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until something answers HTTP at `url` (processes that report nothing over IPC). */
async function listening(url: string, child: Measured, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.child.exitCode !== null) throw new Error(`${child.label} exited (code ${child.child.exitCode})`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${child.label} did not listen at ${url}`);
}

const serve = (label: string, role: 'hub' | 'peer' | 'floor', options: HubChildOptions | PeerChildOptions | FloorChildOptions) =>
  startMeasured(label, 'bench/serve.ts', [role], { env: childEnv({ BENCH_CHILD: JSON.stringify(options) }) });

interface Systems {
  hub: HubReady;
  /** The process that owns the embedded Postgres server (the hub, or in --processes the seeding hub). */
  owner: Measured;
  targets: Target[];
  stop(): Promise<void>;
}

/** The embedded Postgres server: every process under the hub's process (postmaster and backends). */
const postgresCpu = (owner: Measured) => ({ label: 'postgres', read: () => descendantsCpuMs(owner.child.pid!) });
const cpuOf = (m: Measured) => ({ label: m.label, read: () => processCpuMs(m.child.pid!) });

async function startHubProcess(citizens: number): Promise<{ hub: HubReady; owner: Measured }> {
  const owner = serve('hub', 'hub', { citizens, sample: settings.sample });
  return { hub: (await owner.ready) as HubReady, owner };
}

/** Everything in one process per system: the hub, the peer (subgraphs and both gateways), the floor. */
async function startInProcess(): Promise<Systems> {
  progress(`starting the hub (${settings.citizens.toLocaleString('en')} citizens; seeding)...`);
  const { hub, owner } = await startHubProcess(settings.citizens);
  progress('starting the peer and the floor...');
  const peer = serve('peer', 'peer', { targets: hub.targets, subgraphs: [...SUBGRAPH_NAMES], gateways: ['gateway', 'router'] });
  const floor = serve('floor', 'floor', { targets: hub.targets, dataDir: hub.dataDir });
  const [peerReady, floorReady] = await Promise.all([peer.ready, floor.ready]);
  const auth = { authorization: `Bearer ${hub.tokens.jobcentre}`, 'x-purpose': 'COORDINATED_EFFORT' };
  const pg = postgresCpu(owner);
  return {
    hub,
    owner,
    targets: [
      { system: 'hub', url: hub.gatewayUrl, headers: auth, processes: [owner], cpu: [cpuOf(owner), pg] },
      { system: 'peer', url: peerReady.gatewayUrls.gateway, headers: {}, processes: [peer], cpu: [cpuOf(peer), pg] },
      { system: 'peer-router', url: peerReady.gatewayUrls.router, headers: {}, processes: [peer], cpu: [cpuOf(peer), pg] },
      { system: 'floor', url: floorReady.url, headers: auth, processes: [floor], cpu: [cpuOf(floor), pg] },
    ],
    stop: async () => {
      await Promise.all([peer.stop(), floor.stop()]);
      await owner.stop();
    },
  };
}

/**
 * Each service and each gateway in its own process, as docker-compose runs them: the hub's through
 * `scripts/service.ts` configured by environment variables, on the seeded embedded server.
 */
async function startAsProcesses(): Promise<Systems> {
  progress(`starting the databases (${settings.citizens.toLocaleString('en')} citizens; seeding)...`);
  const { hub, owner } = await startHubProcess(settings.citizens);
  progress('starting the hub as eight processes (scripts/service.ts), the peer as nine, the floor...');
  const ports = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()]))) as Record<SubgraphName, number>;
  // One caller sends every request of a workload: no per-caller rate or cost budget may refuse it.
  const common = { HUB_DATA_DIR: hub.dataDir, RATE_LIMIT_PER_MINUTE: '1000000', COST_BUDGET_PER_MINUTE: '1000000000' };
  const databaseEnv = (name: ServiceName) => ({
    [`${envName(name)}_DATABASE_URL`]: hub.targets[name].url,
    [`${envName(name)}_DATABASE_OWNER_URL`]: hub.targets[name].ownerUrl,
  });
  const services = SUBGRAPH_NAMES.map((name) =>
    startMeasured(name, 'scripts/service.ts', [name], {
      env: childEnv({
        ...common,
        ...(name === 'views' ? {} : databaseEnv(name)),
        [`${envName(name)}_PORT`]: String(ports[name]),
        CONSENT_DATABASE_URL: hub.targets.consent.url,
        // The consent rules and the plan service check the register.
        ...(name === 'consent' || name === 'plan' ? { REGISTRY_DATABASE_URL: hub.targets.registry.url } : {}),
      }),
    }),
  );
  await Promise.all(services.map((s, i) => listening(`http://127.0.0.1:${ports[SUBGRAPH_NAMES[i]!]}/health`, s)));
  const gatewayPort = await freePort();
  const gateway = startMeasured('gateway', 'scripts/service.ts', ['gateway'], {
    env: childEnv({
      ...common,
      PORT: String(gatewayPort),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envName(name)}_URL`, `http://127.0.0.1:${ports[name]}/graphql`])),
    }),
  });
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  await listening(gatewayUrl, gateway);

  const peerSubgraphs = SUBGRAPH_NAMES.map((name) => serve(`peer-${name}`, 'peer', { targets: hub.targets, subgraphs: [name], gateways: [] }));
  const subgraphUrls = Object.assign({}, ...(await Promise.all(peerSubgraphs.map((p) => p.ready))).map((r) => r.subgraphUrls));
  const peerGateway = serve('peer-gateway', 'peer', { targets: hub.targets, subgraphs: [], gateways: ['gateway'], subgraphUrls });
  const peerRouter = serve('peer-router', 'peer', { targets: hub.targets, subgraphs: [], gateways: ['router'], subgraphUrls });
  const floor = serve('floor', 'floor', { targets: hub.targets, dataDir: hub.dataDir });
  const [gatewayReady, routerReady, floorReady] = await Promise.all([peerGateway.ready, peerRouter.ready, floor.ready]);
  const auth = { authorization: `Bearer ${hub.tokens.jobcentre}`, 'x-purpose': 'COORDINATED_EFFORT' };
  const pg = postgresCpu(owner);
  const everything = [...services, gateway, ...peerSubgraphs, peerGateway, peerRouter, floor];
  return {
    hub: { ...hub, gatewayUrl },
    owner,
    targets: [
      { system: 'hub', url: gatewayUrl, headers: auth, processes: services, cpu: [cpuOf(gateway), ...services.map(cpuOf), pg] },
      {
        system: 'peer',
        url: gatewayReady.gatewayUrls.gateway,
        headers: {},
        processes: peerSubgraphs,
        cpu: [cpuOf(peerGateway), ...peerSubgraphs.map(cpuOf), pg],
      },
      {
        system: 'peer-router',
        url: routerReady.gatewayUrls.router,
        headers: {},
        processes: peerSubgraphs,
        cpu: [cpuOf(peerRouter), ...peerSubgraphs.map(cpuOf), pg],
      },
      { system: 'floor', url: floorReady.url, headers: auth, processes: [floor], cpu: [cpuOf(floor), pg] },
    ],
    stop: async () => {
      await Promise.all(everything.map((m) => m.stop()));
      await owner.stop();
    },
  };
}

/** One request of the workload: does this system answer it at all (the peer may not do everything)? */
async function answers(target: Target, workload: Workload): Promise<string | null> {
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: workload.bodies[0] });
  const text = await response.text();
  if (response.status !== 200) return `HTTP ${response.status}: ${text.slice(0, 200)}`;
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length)
    return body.errors
      .map((e) => e.message)
      .join('; ')
      .slice(0, 200);
  if (!body.data) return 'no data';
  return null;
}

// ---------------------------------------------------------------------------------------------

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')}`;
progress(`machine: ${machine}`);
progress(
  `settings: ${quick ? 'quick' : 'full'}, ${args.processes ? 'one process per service' : 'one process per system'}, ${settings.citizens.toLocaleString('en')} citizens, ${settings.connections} connections, ${settings.rounds} round(s) of about ${settings.duration} s (at least ${settings.minimumRounds} request(s) per connection), each after a warm-up of ${settings.warmup} requests`,
);

progress('first start: npm start on a fresh data folder...');
const firstStartS = await firstStartSeconds();
progress(`first start listened after ${firstStartS.toFixed(1)} s`);

const systems = args.processes ? await startAsProcesses() : await startInProcess();
const stopSystems = (() => {
  let stopped: Promise<void> | null = null;
  return () => (stopped ??= systems.stop());
})();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopSystems().then(() => process.exit(130)));
}

let exitCode = 0;
try {
  const hubTarget = systems.targets.find((t) => t.system === 'hub')!;
  const reads = workloads(systems.hub.sample);
  progress(`sample: ${systems.hub.sample.length} citizens of the jobcentre caseload, each with a consent for all three departments`);

  // What each system cannot answer is said, not measured.
  const unsupported = new Map<string, string>();
  for (const workload of reads) {
    for (const target of systems.targets) {
      const problem = await answers(target, workload);
      if (problem) {
        unsupported.set(`${workload.name}/${target.system}`, problem);
      }
    }
  }
  for (const [key, problem] of unsupported) progress(`${key}: not measured (${problem})`);

  const rows = new Map<string, Row[]>();
  for (let round = 0; round < settings.rounds; round++) {
    for (const workload of reads) {
      // Each round starts with another system, so none is always first after a pause.
      const order = systems.targets.map((_, i) => systems.targets[(i + round) % systems.targets.length]!);
      for (const target of order) {
        const key = `${workload.name}/${target.system}`;
        if (unsupported.has(key)) continue;
        progress(`round ${round + 1}/${settings.rounds}: ${key}...`);
        const row = await measure(target, workload.bodies, load);
        rows.set(key, [...(rows.get(key) ?? []), row]);
      }
    }
  }
  const result = (workload: WorkloadName, system: string) => {
    const list = rows.get(`${workload}/${system}`);
    return list ? medianRow(list) : null;
  };

  progress('W2 statements per request for pages of 10, 50 and 200 (one at a time)...');
  const pages: Record<string, { statements: number; byDatabase: Record<string, number>; errors: number; citizens: number }> = {};
  for (const first of [10, 50, 200]) {
    const counted = await statementsPerRequest(hubTarget, caseloadBody(first), quick ? 3 : 5);
    const page = await fetch(hubTarget.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...hubTarget.headers },
      body: caseloadBody(first),
    });
    const citizens = ((await page.json()) as any).data?.myCaseload?.edges?.length ?? 0;
    pages[String(first)] = { ...counted, statements: Object.values(counted.byDatabase).reduce((a, b) => a + b, 0), citizens };
  }

  progress('W2 unloaded (1 connection)...');
  const unloaded = await measure(hubTarget, [caseloadBody(50)], { connections: 1, duration: settings.duration, minimumRounds: 5 });

  let profile: string | null = null;
  if (args.profile) {
    if (args.processes) progress('--profile profiles the one-process hub; skipped with --processes');
    else {
      fs.mkdirSync(args.profile, { recursive: true });
      const file = path.resolve(args.profile, `hub-W1-${Date.now()}.cpuprofile`);
      progress(`W1 against the hub with its CPU profiler on (${file})...`);
      await systems.owner.profile('start');
      await measure(hubTarget, reads[0]!.bodies, load);
      await systems.owner.profile('stop', file);
      profile = `CPU profile of the hub process under W1 (${file}):\n${formatSummary(summariseProfile(file, 15))}`;
    }
  }

  progress(`W4 access-log ingest (${settings.logSeconds} s, 64 concurrent callers) and chain verification...`);
  const log: LogFigures = await logWorkload(systems.hub.targets.consent.url, systems.hub.sample, settings.logSeconds);

  progress('W5 revocation under load (32 readers)...');
  const revocation: RevocationFigures = await revocationUnderLoad({
    gatewayUrl: systems.hub.gatewayUrl,
    readerToken: systems.hub.tokens.jobcentre,
    coordinatorToken: systems.hub.tokens.family,
    consentUrl: systems.hub.targets.consent.url,
  });

  // W1 p50 at 100,000 citizens against 1,000, the hub in one process, the same load.
  // A failure here (seeding a large world, say) costs the scale figure only, not the rest.
  let scale: { baseP50: number; bigP50: number; bigRps: number; baseRps: number } | null = null;
  let scaleError: string | null = null;
  if (settings.scaleCitizens) {
    const w1At = async (hub: HubReady, owner: Measured) => {
      const target: Target = {
        system: 'hub',
        url: hub.gatewayUrl,
        headers: { authorization: `Bearer ${hub.tokens.jobcentre}`, 'x-purpose': 'COORDINATED_EFFORT' },
        processes: [owner],
        cpu: [],
      };
      return measure(target, workloads(hub.sample)[0]!.bodies, load);
    };
    try {
      let base: Row;
      if (settings.citizens === 1000 && !args.processes) {
        progress('scale: W1 at 1,000 citizens...');
        base = await w1At(systems.hub, systems.owner);
        await stopSystems();
      } else {
        await stopSystems();
        progress('scale: W1 at 1,000 citizens (a hub of its own)...');
        const small = await startHubProcess(1000);
        base = await w1At(small.hub, small.owner).finally(() => small.owner.stop());
      }
      progress(`scale: seeding ${settings.scaleCitizens.toLocaleString('en')} citizens...`);
      const seedStarted = performance.now();
      const big = await startHubProcess(settings.scaleCitizens);
      progress(`scale: the hub listened after ${((performance.now() - seedStarted) / 1000).toFixed(0)} s; W1...`);
      const bigRow = await w1At(big.hub, big.owner).finally(() => big.owner.stop());
      scale = { baseP50: base.p50, bigP50: bigRow.p50, baseRps: base.rps, bigRps: bigRow.rps };
    } catch (error) {
      scaleError = String((error as Error).message ?? error)
        .replace(/\(\$\d+(, \$\d+)*\)(, )?/g, '')
        .slice(0, 400);
      progress(`scale: failed: ${scaleError}`);
    }
  }
  await stopSystems();

  // ------------------------------------------------------------------------------------------- output
  const out: string[] = [];
  const fmt = (x: number, digits = 1) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? a / b : Number.NaN);
  out.push('', `citizen hub benchmark — ${new Date().toISOString().slice(0, 16)}Z — ${machine}`);
  out.push(
    `${quick ? 'quick' : 'full'} run, ${args.processes ? 'each service and gateway its own process' : 'each system one process'}; ${settings.citizens.toLocaleString('en')} citizens; ${settings.connections} connections; median of ${settings.rounds} round(s) of about ${settings.duration} s (at least ${settings.minimumRounds} request(s) per connection) after a warm-up of ${settings.warmup} requests; W1/W3 over ${systems.hub.sample.length} citizens`,
  );
  out.push('CPU ms/req: each process of the system (user + system time), and the Postgres server (all its processes) — shared machine, noisy figures');
  for (const workload of reads) {
    out.push('', `${workload.name}  ${workload.title}`);
    out.push(
      `  ${'system'.padEnd(12)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)} ${'stmts/req'.padStart(9)}  CPU ms/req`,
    );
    for (const target of systems.targets) {
      const row = result(workload.name, target.system);
      if (!row) {
        out.push(`  ${target.system.padEnd(12)} not measured: ${unsupported.get(`${workload.name}/${target.system}`) ?? 'no result'}`);
        continue;
      }
      const cpu = Object.entries(row.cpuMsPerRequest)
        .map(([label, ms]) => `${label} ${fmt(ms, 2)}`)
        .join(' · ');
      out.push(
        `  ${target.system.padEnd(12)} ${fmt(row.rps).padStart(8)} ${fmt(row.p50, 0).padStart(8)} ${fmt(row.p99, 0).padStart(8)} ${String(Math.round(row.errors)).padStart(7)} ${fmt(row.statementsPerRequest).padStart(9)}  ${cpu}`,
      );
    }
    for (const target of systems.targets) {
      const failed = result(workload.name, target.system)?.firstError;
      if (failed) out.push(`  first error (${target.system}): ${failed.replace(/\s+/g, ' ')}`);
    }
    const hub = result(workload.name, 'hub');
    const cpuTotal = (r: Row | null) => (r ? Object.values(r.cpuMsPerRequest).reduce((a, b) => a + b, 0) : Number.NaN);
    for (const other of ['peer', 'peer-router', 'floor']) {
      const row = result(workload.name, other);
      if (!hub || !row) continue;
      out.push(
        `  hub/${other.padEnd(11)} req/s ×${fmt(ratio(hub.rps, row.rps), 2)}   p50 ×${fmt(ratio(hub.p50, row.p50), 2)}   CPU/req (all processes + Postgres) ×${fmt(cpuTotal(hub) / cpuTotal(row), 2)}`,
      );
    }
  }
  out.push('', 'W2 caseload, the hub:');
  for (const [first, page] of Object.entries(pages)) {
    const split = Object.entries(page.byDatabase)
      .filter(([, n]) => n > 0)
      .map(([database, n]) => `${database} ${n}`)
      .join(', ');
    out.push(
      `  first: ${first.padEnd(4)} ${String(page.citizens).padStart(3)} citizens, ${fmt(page.statements, 0)} statements per request (${split})${page.errors ? ` — ${page.errors} errors` : ''}`,
    );
  }
  // The consent database holds the access log, whose group commit merges appends as timing allows.
  const readCounts = Object.values(pages).map((p) => JSON.stringify(Object.entries(p.byDatabase).filter(([database]) => database !== 'consent')));
  out.push(
    new Set(readCounts).size > 1
      ? '  NOTE: the department and registry statements depend on the page size'
      : "  the same statements in every department and the registry for any page size; the consent database (consents and access log) varies only as the log's group commit merges appends",
  );
  out.push(`  unloaded (1 connection): p50 ${fmt(unloaded.p50, 0)} ms, p99 ${fmt(unloaded.p99, 0)} ms, ${fmt(unloaded.rps)} req/s`);
  out.push(
    '',
    `W4 access log: ${fmt(log.ingestEntriesPerS, 0)} entries/s appended by ${log.ingestCallers} concurrent callers (${log.ingestCommits} commits); verifyChain ${fmt(log.verifyEntriesPerS, 0)} entries/s over ${log.verifiedEntries.toLocaleString('en')} entries (ok: ${log.verifyOk})`,
  );
  out.push(
    `W5 revocation: ${revocation.reads} reads by ${revocation.readers} readers, ${revocation.readsAfter} started after revokeConsent returned; releases after it: ${revocation.releasesAfterRevoke} (answers ${revocation.answersAfter}, log entries ${revocation.logEntriesAfter})`,
  );
  out.push(`first start (npm start, fresh data folder): listening after ${fmt(firstStartS)} s`);
  if (scaleError) out.push(`scale: W1 at ${settings.scaleCitizens!.toLocaleString('en')} citizens not measured: ${scaleError}`);
  if (scale) {
    out.push(
      `scale: W1 on the hub at ${settings.scaleCitizens!.toLocaleString('en')} citizens p50 ${fmt(scale.bigP50, 0)} ms (${fmt(scale.bigRps)} req/s) against ${fmt(scale.baseP50, 0)} ms (${fmt(scale.baseRps)} req/s) at 1,000: ×${fmt(scale.bigP50 / scale.baseP50, 2)}`,
    );
  }
  if (profile) out.push('', profile);
  out.push('', `finished in ${fmt((performance.now() - benchStarted) / 1000, 0)} s`);
  console.log(out.join('\n'));

  if (args.json) {
    const w1 = (system: string) => result('W1', system)?.rps;
    const summary = {
      viewRps: round(w1('hub')),
      peerRps: round(w1('peer')),
      floorRps: round(w1('floor')),
      hubVsPeer: round(ratio(w1('hub'), w1('peer')), 3),
      hubVsFloor: round(ratio(w1('hub'), w1('floor')), 3),
      caseloadRps: round(result('W2', 'hub')?.rps),
      caseloadP50Ms: round(unloaded.p50),
      caseloadStatementsPerRequest: Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, round(v.statements)])),
      logIngestPerS: round(log.ingestEntriesPerS, 0),
      verifyPerS: round(log.verifyEntriesPerS, 0),
      releasesAfterRevoke: revocation.releasesAfterRevoke,
      firstStartS: round(firstStartS),
      ...(scale ? { scaleP50Ratio: round(scale.bigP50 / scale.baseP50, 3) } : {}),
    };
    console.log(JSON.stringify(summary));
  }
  if (revocation.releasesAfterRevoke > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await stopSystems();
}
process.exit(exitCode);

function round(x: number | undefined, digits = 1): number | null {
  if (x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
