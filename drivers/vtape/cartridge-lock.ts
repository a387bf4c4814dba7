// One drive at a time per cartridge, across processes: like a real cartridge, which is in one
// drive or none. The lock is a file "<cartridge>.lock" holding the owner's PID, created
// atomically with link(2) so that it never exists half-written. A lock whose process is gone
// (killed writer) is stale and taken over; this is what lets a crashed server's cartridge be
// loaded again. Two openers taking over the same stale lock in the same instant can both win:
// acceptable for a lock whose owner was killed.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { TapeError } from '../tape/tape-error.js';

export class CartridgeLock {
  private released = false;

  private constructor(readonly lockFile: string) {}

  static async acquire(cartridgeFile: string, device: string): Promise<CartridgeLock> {
    const lockFile = await lockFileOf(cartridgeFile);
    const temp = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await fs.writeFile(temp, `${process.pid}\n`);
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          await fs.link(temp, lockFile);
          return new CartridgeLock(lockFile);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
        const holder = await lockHolder(lockFile);
        if (holder !== null) {
          throw new TapeError('EBUSY', device, `cartridge ${cartridgeFile} is in use by process ${holder} (lock file ${lockFile}); wait for it or unload it there`);
        }
        await fs.rm(lockFile, { force: true });
      }
      throw new TapeError('EBUSY', device, `cannot take the lock ${lockFile} of cartridge ${cartridgeFile}: another process keeps taking it`);
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await fs.rm(this.lockFile, { force: true });
  }
}

/** PID of the live process holding the cartridge, or null when it is free (or the lock is stale). */
export async function cartridgeHolder(cartridgeFile: string): Promise<number | null> {
  return lockHolder(await lockFileOf(cartridgeFile));
}

async function lockFileOf(cartridgeFile: string): Promise<string> {
  // The real path, so that two spellings (relative, symlink) of one cartridge share one lock.
  return `${await fs.realpath(cartridgeFile)}.lock`;
}

async function lockHolder(lockFile: string): Promise<number | null> {
  let text: string;
  try {
    text = await fs.readFile(lockFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const pid = Number.parseInt(text, 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
