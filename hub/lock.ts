/**
 * One hub per data folder: `npm start` holds `<dataDir>/hub.lock` (its process id) while it runs.
 * A second start on the same folder is told which process holds it; a lock left by a process that
 * no longer runs (`kill -9`, a power cut) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

export class FolderInUseError extends Error {
  override name = 'FolderInUseError';
}

function holderOf(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function runs(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A process id can be reused: on Linux, the holder must also be a Node process.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

/** Takes the folder's lock, or throws `FolderInUseError` naming the process that holds it. Returns the release. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'hub.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const holder = holderOf(file);
      if (holder !== null && holder !== process.pid && runs(holder)) {
        throw new FolderInUseError(
          `a hub is already running on ${dataDir} (process ${holder}); stop it first (Ctrl+C in its terminal, or kill ${holder}), or give this one another folder with HUB_DATA_DIR`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (holderOf(file) === process.pid) fs.rmSync(file, { force: true });
  };
  process.once('exit', release);
  return release;
}
