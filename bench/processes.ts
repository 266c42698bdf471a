/**
 * The processes the benchmark measures: spawned with the statement probe and an IPC channel, each
 * one's CPU time read from /proc (user + system, its exited children included), and the embedded
 * Postgres server's CPU as the sum over its process tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = path.join(ROOT, 'bench', 'probe.ts');
/** Linux's USER_HZ: /proc reports CPU time in ticks of 10 ms on every architecture Node runs on. */
const MS_PER_TICK = 10;

/**
 * The environment of a measured process: production mode (on the development keys, which a
 * benchmark on loopback may use), and nothing inherited that configures the hub.
 */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  const env: Record<string, string> = { NODE_ENV: 'production', HUB_ALLOW_DEVELOPMENT_KEYS: 'true', LOG_LEVEL: 'warn' };
  for (const name of keep) if (process.env[name]) env[name] = process.env[name]!;
  return { ...env, ...extra };
}

export interface Measured {
  /** What the table calls it: `hub`, `gateway`, `jobcentre`, `floor`… */
  label: string;
  child: ChildProcess;
  /** Resolves with the process's first message (what it started, where it listens). */
  ready: Promise<any>;
  /** SQL statements sent so far (from the probe). */
  statements(): Promise<number>;
  /** The same, per database. */
  statementsByDatabase(): Promise<Record<string, number>>;
  /** Starts the process's CPU profiler, or stops it and writes the profile to `file`. */
  profile(action: 'start' | 'stop', file?: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `node [execArgv] --import probe script args` with an IPC channel; its output goes to ours, prefixed. */
export function startMeasured(label: string, script: string, args: string[], options: { env?: Record<string, string>; execArgv?: string[] } = {}): Measured {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), '--import', PROBE, path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: options.env ?? childEnv(),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const forward = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line.trim()) out.write(`  [${label}] ${line}\n`);
    });
  };
  forward(child.stdout!, process.stderr);
  forward(child.stderr!, process.stderr);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<any>((resolve, reject) => {
    const onMessage = (message: any) => {
      if (message?.type === 'stats') return;
      child.off('message', onMessage);
      if (message?.type === 'error') reject(new Error(`${label}: ${message.message}`));
      else resolve(message);
    };
    child.on('message', onMessage);
    void exited.then((code) => reject(new Error(`${label} exited (code ${code}) before it was ready`)));
  });
  ready.catch(() => {});
  let nextId = 0;
  /** Sends a message the probe answers with its statement count. */
  const ask = (message: object) =>
    new Promise<{ statements: number; byDatabase: Record<string, number> }>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (answer: any) => {
        if (answer?.type !== 'stats' || answer.id !== id) return;
        child.off('message', onMessage);
        resolve(answer);
      };
      child.on('message', onMessage);
      if (!child.send({ ...message, id })) reject(new Error(`${label} is gone`));
    });
  return {
    label,
    child,
    ready,
    statements: async () => (await ask({ type: 'stats' })).statements,
    statementsByDatabase: async () => (await ask({ type: 'stats' })).byDatabase,
    profile: async (action, file) => {
      await ask({ type: 'profile', action, file });
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** utime + stime + cutime + cstime, in ms. */
  cpuMs: number;
}

function readStat(pid: number | string): ProcStat | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name is in parentheses and may hold spaces; the fields after it are fixed.
  const close = text.lastIndexOf(')');
  const comm = text.slice(text.indexOf('(') + 1, close);
  const fields = text.slice(close + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  return { pid: Number(pid), ppid: Number(fields[1]), comm, cpuMs: ticks * MS_PER_TICK };
}

/** CPU ms used so far by one process (and the children it has waited for). */
export const processCpuMs = (pid: number): number => readStat(pid)?.cpuMs ?? 0;

/**
 * CPU ms used so far by the processes descending from `pid`, not `pid` itself: for the hub's
 * process, its embedded Postgres server (postmaster and backends; backends that ended are in the
 * postmaster's count of waited-for children).
 */
export function descendantsCpuMs(pid: number): number {
  const all = fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((s): s is ProcStat => s !== null);
  const children = new Map<number, ProcStat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length) {
    const s = stack.pop()!;
    total += s.cpuMs;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return total;
}
