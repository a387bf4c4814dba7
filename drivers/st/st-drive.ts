// A real tape drive through the Linux st driver (/dev/nst0): records through plain read(2) and
// write(2) on one descriptor (position null, so libuv never turns them into pread/pwrite, which
// st refuses with ESPIPE), positioning and status through the mtio addon. Nothing is emulated:
// every edge of TapeDevice (early-warning ENOSPC, ENOMEM losing a record, the filemark st
// writes on close) is the kernel's own behaviour.
import fs from 'node:fs';
import type { MtOp, TapeDevice, TapeLimits, TapeStatus } from '../tape/tape-device.js';
import { TapeError } from '../tape/tape-error.js';
import { mtio, type MtOpName, type MtioAddon } from './mtio-addon.js';
import { errnoCode, stError } from './st-errors.js';

export interface StDriveOptions {
  /**
   * Record size limits to use when the drive does not answer READ BLOCK LIMITS (SG_IO refused,
   * for example through a restrictive device policy). The drive's own answer always wins.
   */
  fallbackLimits?: TapeLimits;
}

/** Used only when READ BLOCK LIMITS fails and no fallbackLimits are given. */
const CONSERVATIVE_LIMITS: TapeLimits = { minBlock: 1, maxBlock: 256 * 1024 };

const opNames: Record<MtOp, MtOpName> = {
  fsf: 'MTFSF',
  bsf: 'MTBSF',
  fsfm: 'MTFSFM',
  bsfm: 'MTBSFM',
  fsr: 'MTFSR',
  bsr: 'MTBSR',
  weof: 'MTWEOF',
  weofi: 'MTWEOFI',
  rewind: 'MTREW',
  offline: 'MTOFFL',
  load: 'MTLOAD',
  eom: 'MTEOM',
  seek: 'MTSEEK',
  setblk: 'MTSETBLK',
  erase: 'MTERASE',
  nop: 'MTNOP',
};

/** Operations whose count is an argument (an address, a size), not a repeat count. */
const countRequired: ReadonlySet<MtOp> = new Set<MtOp>(['seek', 'setblk']);

function openFd(path: string, flags: number): Promise<number> {
  return new Promise((resolve, reject) => fs.open(path, flags, (err, fd) => (err ? reject(err) : resolve(fd))));
}

function closeFd(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fs.close(fd, (err) => (err ? reject(err) : resolve())));
}

class StDrive implements TapeDevice {
  private fd: number | null;
  /** Every request waits for the previous one, so records and positioning reach st in call order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly name: string,
    fd: number,
    private readonly addon: MtioAddon,
    private readonly blockLimits: TapeLimits,
    /** Opened O_RDONLY because the cartridge refused O_RDWR. */
    readonly openedReadOnly: boolean,
  ) {
    this.fd = fd;
  }

  limits(): TapeLimits {
    return { ...this.blockLimits };
  }

  private run<T>(what: string, fn: (fd: number) => Promise<T>): Promise<T> {
    const p = this.queue.then(() => {
      if (this.fd === null) throw new TapeError('EINVAL', this.name, `${what}: the drive has been closed; open it again`);
      return fn(this.fd);
    });
    this.queue = p.catch(() => undefined);
    return p;
  }

  write(buf: Uint8Array): Promise<number> {
    return this.transfer('write', buf, `write of a ${buf.length}-byte record`);
  }

  read(buf: Uint8Array): Promise<number> {
    return this.transfer('read', buf, `read into a ${buf.length}-byte buffer`);
  }

  /** One read(2) or write(2): one record. */
  private transfer(action: 'read' | 'write', buf: Uint8Array, what: string): Promise<number> {
    return this.run(what, (fd) =>
      new Promise<number>((resolve, reject) => {
        const done = (err: NodeJS.ErrnoException | null, n: number): void =>
          err ? reject(stError(err, this.name, action, what)) : resolve(n);
        if (action === 'read') fs.read(fd, buf, 0, buf.length, null, done);
        else fs.write(fd, buf, 0, buf.length, null, done);
      }),
    );
  }

  op(op: MtOp, count?: number): Promise<void> {
    const name = Object.hasOwn(opNames, op) ? opNames[op] : undefined;
    if (name === undefined) return Promise.reject(new TapeError('ENOSYS', this.name, `unknown tape operation '${String(op)}'`));
    if (count === undefined && countRequired.has(op)) {
      return Promise.reject(new TapeError('EINVAL', this.name, `${op} needs a count (${op === 'seek' ? 'the block address' : 'the block size, 0 for variable'})`));
    }
    // A short erase (count 0) writes end of data at once; count > 0 asks for a long erase,
    // which takes hours on a real cartridge.
    const n = count ?? (op === 'erase' ? 0 : 1);
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
      return Promise.reject(new TapeError('EINVAL', this.name, `${op} ${n}: the count must be an integer from 0 to 2147483647`));
    }
    const what = `${name} ${n}`;
    return this.run(what, (fd) => this.addon.mtop(fd, this.addon.ops[name], n).catch((e: unknown) => {
      throw stError(e, this.name, 'op', what);
    }));
  }

  status(): Promise<TapeStatus> {
    return this.run('MTIOCGET', async (fd) => {
      const g = await this.addon.mtget(fd).catch((e: unknown) => {
        throw stError(e, this.name, 'status', 'MTIOCGET');
      });
      return {
        fileNumber: g.fileno,
        blockNumber: g.blkno,
        blockSize: g.blockSize,
        online: g.online,
        doorOpen: g.doorOpen,
        bot: g.bot,
        eof: g.eof,
        eod: g.eod,
        earlyWarning: g.eot,
        writeProtected: g.writeProtected || this.openedReadOnly,
      };
    });
  }

  tell(): Promise<number> {
    return this.run('MTIOCPOS', (fd) => this.addon.mtpos(fd).catch((e: unknown) => {
      throw stError(e, this.name, 'tell', 'MTIOCPOS');
    }));
  }

  /** st writes the closing filemark itself (when the last operation was a write, not weofi). */
  close(): Promise<void> {
    const p = this.queue.then(async () => {
      const fd = this.fd;
      if (fd === null) return;
      this.fd = null;
      await closeFd(fd).catch((e: unknown) => {
        throw stError(e, this.name, 'close', 'close');
      });
    });
    this.queue = p.catch(() => undefined);
    return p;
  }
}

/**
 * Opens a tape drive (a no-rewind device such as /dev/nst0) once and holds it. O_NONBLOCK lets
 * the open succeed at once without a cartridge (a blocking open waits about two minutes) and
 * with a write-protected one; a drive that refuses O_RDWR is opened read-only instead, and
 * status().writeProtected says so. Rejects with TapeError ENOTTY for anything that is not a
 * tape, EBUSY when another program holds the drive.
 */
export async function openStDrive(devicePath: string, opts: StDriveOptions = {}): Promise<TapeDevice> {
  const { O_RDWR, O_RDONLY, O_NONBLOCK } = fs.constants;
  let fd: number;
  let readOnly = false;
  try {
    fd = await openFd(devicePath, O_RDWR | O_NONBLOCK);
  } catch (e) {
    const code = errnoCode(e);
    if (code !== 'EACCES' && code !== 'EROFS') throw stError(e, devicePath, 'open', 'open');
    try {
      fd = await openFd(devicePath, O_RDONLY | O_NONBLOCK);
      readOnly = true;
    } catch (e2) {
      throw stError(e2, devicePath, 'open', 'open');
    }
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isCharacterDevice()) {
      const kind = st.isFile() ? 'a regular file' : st.isDirectory() ? 'a directory' : st.isBlockDevice() ? 'a block device' : 'not a character device';
      throw new TapeError('ENOTTY', devicePath, `${devicePath} is not a tape device (${kind}); give a tape drive such as /dev/nst0`);
    }
    const addon = mtio();
    const fallback = opts.fallbackLimits ?? CONSERVATIVE_LIMITS;
    await addon.mtget(fd).catch((e: unknown) => {
      if (errnoCode(e) === 'ENOTTY') {
        throw new TapeError('ENOTTY', devicePath, `${devicePath} is not a tape device (it refuses MTIOCGET); give a tape drive such as /dev/nst0`);
      }
      throw stError(e, devicePath, 'status', 'MTIOCGET');
    });
    const limits = await addon.blockLimits(fd).then(
      // A maximum of 0 means "no limit reported" in READ BLOCK LIMITS.
      (l): TapeLimits => ({ minBlock: Math.max(1, l.minBlock), maxBlock: l.maxBlock || fallback.maxBlock }),
      (): TapeLimits => fallback,
    );
    return new StDrive(devicePath, fd, addon, limits, readOnly);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}
