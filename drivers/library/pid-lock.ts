// A lock file holding the owner's pid, for state shared between processes on one machine (a
// virtual library's library.json, a directory tape's folder). Created with O_EXCL, so exactly
// one process wins. A lock whose pid no longer runs is stale and is taken over; the take-over
// itself is serialised through a second O_EXCL file, so two processes that find the same stale
// lock cannot both remove it and each believe they own the new one.

import fs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PidLockOptions {
  /** How long to wait for a live holder to let go; 0 = fail at once. */
  waitMs?: number;
  /** For the message when it cannot be had: "the virtual library /srv/lib". */
  what: string;
}

export class LockBusyError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: number,
    what: string,
  ) {
    super(`${what} is in use by process ${holder} (lock file ${lockFile}); wait for it to finish, or stop that process`);
    this.name = 'LockBusyError';
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readPid(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await fs.readFile(file, 'utf8')).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Creates `file` holding our pid, or returns false when it exists. The pid is written to a
 * private file first and linked into place, so nobody ever sees the lock empty (an empty lock
 * reads as a holder that crashed while writing, and would be taken over while still held).
 */
async function createExclusive(file: string): Promise<boolean> {
  const mine = `${file}.${process.pid}.${randomUUID()}`;
  await fs.writeFile(mine, `${process.pid}\n`);
  try {
    await fs.link(mine, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await fs.rm(mine, { force: true });
  }
}

/** Removes `file` if it still names the dead `pid`, under the take-over lock. */
async function takeOver(file: string, pid: number): Promise<void> {
  const guard = `${file}.takeover`;
  if (!(await createExclusive(guard))) {
    const g = await readPid(guard);
    // A take-over guard left by a crashed process: the window to race on is a few syscalls.
    if (g !== null && (g === 0 || !pidAlive(g))) await fs.rm(guard, { force: true });
    return;
  }
  try {
    if ((await readPid(file)) === pid) await fs.rm(file, { force: true });
  } finally {
    await fs.rm(guard, { force: true });
  }
}

// Locks this process holds. A lock file naming our own pid that is not in here was left by an
// earlier process that had the same pid (common in containers after a restart): stale.
const held = new Set<string>();

/** Takes the lock; resolves to its release function. Rejects with LockBusyError. */
export async function acquirePidLock(file: string, opts: PidLockOptions): Promise<() => Promise<void>> {
  const deadline = Date.now() + (opts.waitMs ?? 0);
  let pause = 5;
  for (;;) {
    if (await createExclusive(file)) {
      held.add(file);
      return async () => {
        held.delete(file);
        if ((await readPid(file)) === process.pid) await fs.rm(file, { force: true });
      };
    }
    const holder = await readPid(file);
    if (holder === null) continue; // released between our attempt and the read
    // 0 = unreadable content: a holder crashed while writing its pid.
    const alive = holder !== 0 && (holder === process.pid ? held.has(file) : pidAlive(holder));
    if (!alive) {
      await takeOver(file, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(file, holder, holder === process.pid ? `${opts.what} (here, by this process)` : opts.what);
    await sleep(pause);
    pause = Math.min(pause * 2, 100);
  }
}

/** Writes a file so that readers see either the old or the new content, never a mix. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const h = await fs.open(tmp, 'w');
  try {
    await h.writeFile(data);
    await h.sync();
  } finally {
    await h.close();
  }
  await fs.rename(tmp, file);
}
