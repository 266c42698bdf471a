/**
 * Loaded first into every process the benchmark measures (`node --import ./bench/probe.ts …`, or
 * imported first by `bench/serve.ts`): counts the SQL statements the process sends and answers the
 * benchmark's `stats` messages over the IPC channel. Counting at `pg.Client#query` sees every
 * statement of every knex instance in the process (BEGIN and COMMIT included), also in processes
 * the benchmark did not write (`scripts/service.ts`), without touching their code.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import pg from 'pg';

let statements = 0;
/** Statements per database (registry, jobcentre, …, consent: the consent store and the access log). */
const byDatabase: Record<string, number> = {};
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  const database = this.database ?? '?';
  byDatabase[database] = (byDatabase[database] ?? 0) + 1;
  return query.apply(this, args);
};

/** SQL statements this process has sent so far. */
export const statementCount = (): number => statements;

/** The CPU profile of this process between two messages (`bench/hub.ts --profile`): the workload only, not the start. */
let profiler: Session | null = null;
async function profile(message: { action: 'start' | 'stop'; file?: string; id?: number }) {
  if (message.action === 'start') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  } else if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    fs.writeFileSync(message.file!, JSON.stringify(profile));
    profiler.disconnect();
    profiler = null;
  }
  process.send!({ type: 'stats', id: message.id, statements, byDatabase });
}

if (process.send) {
  process.on('message', (message: { type?: string; id?: number; action?: 'start' | 'stop'; file?: string }) => {
    if (message?.type === 'stats') process.send!({ type: 'stats', id: message.id, statements, byDatabase });
    if (message?.type === 'profile') void profile(message as Parameters<typeof profile>[0]);
  });
  // The benchmark went away (it crashed or was killed): stop as on Ctrl+C, so nothing is left running.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
