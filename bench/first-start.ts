/**
 * `firstStartS`: how long a first `npm start` takes to listen on a fresh data folder (initdb, roles,
 * migrations, the demo data, the subgraphs and the gateway), as a new developer sees it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVICE_NAMES } from '../services/shared/src/config.ts';
import { ROOT, childEnv } from './processes.ts';

export async function firstStartSeconds(timeoutMs = 180_000): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-first-'));
  fs.chmodSync(dataDir, 0o711);
  const ports = Object.fromEntries(SERVICE_NAMES.map((name) => [`${name.toUpperCase().replace('-', '_')}_PORT`, '0']));
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: childEnv({ HUB_DATA_DIR: dataDir, PORT: '0', ...ports }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    return await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`npm start did not listen within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('GraphQL endpoint')) {
          clearTimeout(timer);
          resolve((performance.now() - started) / 1000);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (code ${code}) before it listened:\n${output}`));
      });
    });
  } finally {
    child.kill('SIGTERM');
    await exited;
    const pg = path.join(dataDir, 'pg');
    const elsewhere = fs.existsSync(pg) && fs.lstatSync(pg).isSymbolicLink() ? path.dirname(fs.realpathSync(pg)) : null;
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (elsewhere) fs.rmSync(elsewhere, { recursive: true, force: true });
  }
}
