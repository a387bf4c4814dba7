// One backup at a time per VarDirectory: the filelist's running run belongs to the process
// holding this lock, so a run left 'running' by a process that died can be marked failed.
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'backup.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock (removing a stale one); returns the function that releases it. */
export function takeClientLock(varDirectory: string): () => void {
  fs.mkdirSync(varDirectory, { recursive: true, mode: 0o700 });
  const file = path.join(varDirectory, LOCK_FILE);
  // The pid goes into a private file that is then linked into place: the lock is never seen
  // empty, which would read as a dead holder and be removed while still held.
  const mine = `${file}.${process.pid}`;
  try {
    return lockWith(file, mine);
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

function lockWith(file: string, mine: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(mine, `${process.pid}\n`, { mode: 0o600 });
      fs.linkSync(mine, file);
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot create the lock ${file}: ${(e as Error).message}; check that VarDirectory is writable`);
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new Error(`another backup of this client is running (process ${pid}, lock ${file}); wait for it to end`);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot take the lock ${file}: another process keeps creating it`);
}
