// One backup at a time per VarDirectory: the filelist's running run belongs to the process
// holding this lock, so a run left 'running' by a process that died can be marked failed. The
// lock is a pid lock file (drivers/library/pid-lock.ts): a dead holder's lock is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { acquirePidLock, LockBusyError } from '../../../drivers/library/pid-lock.js';

export const LOCK_FILE = 'backup.lock';

/** Takes the lock; resolves to the function that releases it. */
export async function takeClientLock(varDirectory: string): Promise<() => Promise<void>> {
  fs.mkdirSync(varDirectory, { recursive: true, mode: 0o700 });
  const file = path.join(varDirectory, LOCK_FILE);
  try {
    return await acquirePidLock(file, { what: `VarDirectory ${varDirectory} (another backup or update_indexes of this client)` });
  } catch (e) {
    if (e instanceof LockBusyError) throw e;
    throw new Error(`cannot create the lock ${file}: ${(e as Error).message}; check that VarDirectory is writable`);
  }
}
