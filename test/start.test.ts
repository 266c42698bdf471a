/**
 * `npm start` as a new user meets it: a first start that is killed at any moment (during initdb,
 * the migrations or the demo data) is followed by a start that ends with the personas in place;
 * the database server never outlives the hub; a second start on the same folder says one runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { loadKeys, mintDevToken } from '../services/shared/src/identity.ts';
import { PERSONAS } from '../services/shared/src/demo/world.ts';

const folders: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const folder of folders) {
    // A folder the Postgres user cannot reach has its server's files under /var/tmp, linked from it.
    const link = path.join(folder, 'pg');
    if (fs.lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) fs.rmSync(path.dirname(fs.readlinkSync(link)), { recursive: true, force: true });
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

const PORTS = {
  PORT: '0',
  REGISTRY_PORT: '0',
  JOBCENTRE_PORT: '0',
  FAMILY_PORT: '0',
  ADULT_SOCIAL_PORT: '0',
  CONSENT_PORT: '0',
  VIEWS_PORT: '0',
  PLAN_PORT: '0',
};

/** Runs `npm start`'s script on `dataDir`; resolves each time its output shows `line`. */
function start(dataDir: string, args: string[] = []) {
  const child = spawn(process.execPath, ['scripts/start.ts', ...args], {
    env: { PATH: process.env.PATH, HUB_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...PORTS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const waiters: { pattern: RegExp; resolve(match: RegExpMatchArray): void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of [...waiters]) {
      const match = output.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    /** Resolves when the output shows `pattern`; rejects if the process ends first. */
    until: (pattern: RegExp) =>
      Promise.race([
        new Promise<RegExpMatchArray>((resolve) => {
          const match = output.match(pattern);
          if (match) resolve(match);
          else waiters.push({ pattern, resolve });
        }),
        exited.then((code) => Promise.reject(new Error(`start ended (${code}) before "${pattern}":\n${output}`))),
      ]),
  };
}

const serverPid = (dataDir: string): number | null => {
  try {
    return Number(fs.readFileSync(path.join(fs.realpathSync(path.join(dataDir, 'pg')), 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
};
const runs = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function sorensSanctions(dataDir: string, url: string): Promise<string[]> {
  const keys = await loadKeys(dataDir);
  const token = await mintDevToken(
    keys,
    { sub: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker'] },
    { issuer: 'urn:citizen-hub:dev', audience: 'citizen-hub' },
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ citizen(cpr: "${PERSONAS.soren}") { jobcentre { ... on JobcentreView { sanctions { date } } } } }` }),
  });
  const body = (await response.json()) as any;
  return body.data.citizen.jobcentre.sanctions.map((s: { date: string }) => s.date);
}

async function stopped(run: ReturnType<typeof start>) {
  run.child.kill('SIGINT');
  return run.exited;
}

// Each start is its own processes and folder: they run side by side.
describe.concurrent('npm start', () => {
  it.for<[string, RegExp, string[]]>([
    ['during initdb', /initialising the database server/, []],
    ['during the migrations', /preparing the databases/, []],
    ['during the demo data', /writing the demo data/, ['--citizens', '2000']],
  ])('killed %s is followed by a start with the personas in place, and leaves no server running', async ([, killAt, args], { expect }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-start-'));
    folders.push(dataDir);
    const first = start(dataDir, args);
    await first.until(killAt);
    first.child.kill('SIGKILL');
    await first.exited;
    // The server goes with the hub (parent-death signal): nothing is left running on the folder.
    const pid = serverPid(dataDir);
    for (let waited = 0; pid && runs(pid) && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    if (pid) expect(runs(pid)).toBe(false);

    const second = start(dataDir);
    const [, url] = await second.until(/GraphQL endpoint:\s+(\S+)/);
    // The demo data was not complete, so it was written (again); the world is the default one.
    expect(second.output()).toMatch(/writing the demo data/);
    expect(await sorensSanctions(dataDir, url!)).toEqual(['2026-09-08', '2026-09-29', '2026-10-20']);
    expect(await stopped(second)).toBe(0);
  });

  it('keeps the demo data at a later start, and a second start on the same folder is told that one runs', async ({ expect }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-start-'));
    folders.push(dataDir);
    const first = start(dataDir);
    await first.until(/GraphQL endpoint/);
    expect(await stopped(first)).toBe(0);

    const again = start(dataDir);
    const [, url] = await again.until(/GraphQL endpoint:\s+(\S+)/);
    expect(again.output()).not.toMatch(/initialising|writing the demo data/);
    expect(await sorensSanctions(dataDir, url!)).toHaveLength(3);

    const second = start(dataDir);
    expect(await second.exited).toBe(2);
    expect(second.output()).toMatch(new RegExp(`a hub is already running on ${dataDir} \\(process ${again.child.pid}\\)`));
    // The running hub is untouched by the refused one.
    expect(await sorensSanctions(dataDir, url!)).toHaveLength(3);
    expect(await stopped(again)).toBe(0);
    const pid = serverPid(dataDir);
    if (pid) expect(runs(pid)).toBe(false);
  });
});
