// One drive at a time per cartridge, across processes: like a real cartridge, which is in one
// drive or none. The lock is a pid lock file "<cartridge>.lock" (drivers/library/pid-lock.ts);
// a lock whose process is gone (a killed writer) is stale and taken over, which is what lets a
// crashed server's cartridge be loaded again.
import fs from 'node:fs/promises';
import { acquirePidLock, LockBusyError, pidAlive } from '../library/pid-lock.js';
import { TapeError } from '../tape/tape-error.js';

export class CartridgeLock {
  private released = false;

  private constructor(private readonly unlock: () => Promise<void>) {}

  static async acquire(cartridgeFile: string, device: string): Promise<CartridgeLock> {
    const lockFile = await lockFileOf(cartridgeFile);
    try {
      return new CartridgeLock(await acquirePidLock(lockFile, { what: `cartridge ${cartridgeFile}` }));
    } catch (e) {
      if (!(e instanceof LockBusyError)) throw e;
      throw new TapeError('EBUSY', device, `cartridge ${cartridgeFile} is in use by process ${e.holder} (lock file ${lockFile}); wait for it or unload it there`);
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.unlock();
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
  return Number.isSafeInteger(pid) && pid > 0 && pidAlive(pid) ? pid : null;
}
