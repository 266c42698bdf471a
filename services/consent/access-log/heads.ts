/**
 * Scheduled exports of the signed chain head, to a folder the database operator cannot rewrite
 * (ACCESS_LOG_HEAD_DIR: in production a mount from another system, write-once storage or a
 * different administrator's share; in development `.data/log-heads`, outside the database folder).
 * No chain can show that its newest entries were removed or that it was rebuilt from scratch; an
 * export made before can. The verifier compares with the newest export by default.
 *
 * One file per export, never overwritten: `access-log-head-<seq, 16 digits>-<time>.json`, holding
 * what `npm run log:head` prints. The file name orders exports by position; only the signature inside
 * counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { CryptoKey } from 'jose';
import { logger } from '../../shared/src/logger.ts';
import { readSignedHead, signedHead } from './queries.ts';

const FILE = /^access-log-head-(\d{16})-[0-9TZ]+\.json$/;

/** An export as the verifier compares it: where it came from and what it signs. */
export interface ExportedHead {
  /** The file's name (or `argument` when an auditor passed the head). */
  source: string;
  seq: number;
  hash: string;
  at: string;
}

/** The file name of an export of `seq` made at `at`. */
export const exportFileName = (seq: number, at: string) => `access-log-head-${String(seq).padStart(16, '0')}-${at.replace(/[-:.]/g, '')}.json`;

/**
 * Writes the current signed head to `dir` (made if missing), unless the newest export already
 * holds that position or the log is empty. Written under a temporary name and renamed, read-only:
 * a reader never sees half an export. Returns the file written, or null.
 */
export async function exportHead(knex: Knex, key: CryptoKey, publicJwk: object, dir: string): Promise<string | null> {
  const head = await signedHead(knex, key);
  if (head.seq === 0) return null;
  fs.mkdirSync(dir, { recursive: true });
  const newest = newestExportFile(dir);
  if (newest && Number(FILE.exec(newest)![1]) >= head.seq) return null;
  const name = exportFileName(head.seq, head.at);
  const body = JSON.stringify({ entryId: String(head.seq), hash: head.hash, at: head.at, signedDigest: head.jws, publicKey: publicJwk }, null, 2);
  const temporary = path.join(dir, `.${name}.tmp`);
  fs.writeFileSync(temporary, `${body}\n`, { mode: 0o444 });
  fs.renameSync(temporary, path.join(dir, name));
  return name;
}

/** The name of the export of the furthest position in `dir`, or null when there is none. */
function newestExportFile(dir: string): string | null {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => FILE.test(n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Sixteen digits of position first, then the time: the greatest name is the furthest, newest export.
  return names.length ? names.sort().at(-1)! : null;
}

/**
 * The export of the furthest position in `dir`, checked with the log's public key, or null when
 * there is none. Throws, naming the file, when it cannot be read or its signature does not verify:
 * a verification against it must fail, not fall back silently to an older one.
 */
export async function latestExport(dir: string, publicKey: CryptoKey): Promise<ExportedHead | null> {
  const name = newestExportFile(dir);
  if (!name) return null;
  let digest: unknown;
  try {
    digest = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')).signedDigest;
  } catch {
    throw new Error(`the head export ${name} cannot be read`);
  }
  try {
    return { source: name, ...(await readSignedHead(String(digest), publicKey)) };
  } catch {
    throw new Error(`the head export ${name} is not signed by the log's key`);
  }
}

/** A running schedule of exports; `stop` ends it (an export under way finishes). */
export interface HeadExportSchedule {
  /** Exports now (also what the schedule calls); the file written, or null. */
  exportNow(): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * Exports the head every `intervalSeconds` (0: never on a schedule, `exportNow` still works), first
 * right away. A failed export is logged and tried again at the next turn: it must never stop the hub.
 */
export function scheduleHeadExports(
  knex: Knex,
  keys: { privateKey: CryptoKey; publicJwk: object },
  options: { dir: string; intervalSeconds: number },
): HeadExportSchedule {
  let running: Promise<string | null> = Promise.resolve(null);
  const exportNow = () => {
    running = running.catch(() => null).then(() => exportHead(knex, keys.privateKey, keys.publicJwk, options.dir));
    return running;
  };
  const turn = () => void exportNow().catch((error: Error) => logger.error({ err: error.message, dir: options.dir }, 'access-log head export failed'));
  const timer = options.intervalSeconds > 0 ? setInterval(turn, options.intervalSeconds * 1000) : null;
  timer?.unref();
  if (timer) turn();
  return {
    exportNow,
    stop: async () => {
      if (timer) clearInterval(timer);
      await running.catch(() => null);
    },
  };
}
