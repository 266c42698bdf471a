/**
 * The console's build, made when missing or older than its sources: `npm start` and the browser
 * tests call it, so that `npm install && npm start` is enough to open /console. A build is one
 * Vite run (seconds); an up-to-date build is left alone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONSOLE = path.join(ROOT, 'console');
const DIST = path.join(CONSOLE, 'dist');
const BUILT = path.join(DIST, 'index.html');
const SOURCES = [path.join(CONSOLE, 'src'), path.join(CONSOLE, 'index.html'), path.join(CONSOLE, 'vite.config.ts'), path.join(ROOT, 'package-lock.json')];

/** The newest modification time under `file` (a file or a folder), in ms. */
function newest(file: string): number {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** Whether the built console is missing or older than any of its sources. */
export function consoleIsStale(): boolean {
  const built = fs.statSync(BUILT, { throwIfNoEntry: false });
  return !built || Math.max(...SOURCES.map(newest)) > built.mtimeMs;
}

/** Builds the console when stale; returns whether it built. Throws with Vite's output when the build fails. */
export function buildConsoleIfStale(progress: (line: string) => void = () => {}): boolean {
  if (!consoleIsStale()) return false;
  progress('Building the web console (console/dist) ...');
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  // Built beside the served folder and swapped in whole: a second build at the same time (another
  // process starting) or a request meanwhile never sees half a folder.
  const temporary = path.join(CONSOLE, `dist.building-${process.pid}`);
  const result = spawnSync(process.execPath, [vite, 'build', '--config', path.join(CONSOLE, 'vite.config.ts'), '--outDir', temporary, '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    fs.rmSync(temporary, { recursive: true, force: true });
    throw new Error(`the console did not build:\n${result.stdout}\n${result.stderr}`);
  }
  const old = path.join(CONSOLE, `dist.old-${process.pid}`);
  try {
    fs.renameSync(DIST, old);
  } catch {
    // No build yet, or another process is swapping its own in.
  }
  try {
    fs.renameSync(temporary, DIST);
  } catch {
    // Another process put its build (of the same sources) in place first: that one serves.
    fs.rmSync(temporary, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
  for (const line of result.stdout.split('\n')) if (line.startsWith('console:')) progress(line);
  return true;
}
