// Test helpers: scratch tapes and wrappers that give a TapeDevice the faults the layout layers must
// survive (no MTIOCPOS as over rmt, records damaged or lost on the way to the medium).
import type { MtOp, TapeDevice, TapeLimits, TapeStatus } from '../../../drivers/tape/tape-device.js';
import { TapeError, isTapeError } from '../../../drivers/tape/tape-error.js';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VirtualTape, createCartridge } from '../../../drivers/vtape/index.js';

export interface ScratchOptions {
  capacityBytes?: number;
  earlyWarningBytes?: number;
  earlyWarning?: 'write-lands' | 'write-rejected';
  writeProtected?: boolean;
}

export interface ScratchTape {
  dev: TapeDevice;
  /**
   * Closes the drive and opens it again at BOT: how to read back a cartridge written to its
   * physical end, where st cannot write the filemark a rewind after a write needs (EIO).
   */
  reopen(): Promise<TapeDevice>;
  done(): Promise<void>;
}

/** A fresh virtual tape drive with a blank cartridge in a temporary directory. */
export async function scratchTape(opts: ScratchOptions = {}): Promise<ScratchTape> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'af-layout-'));
  const file = path.join(dir, 'cart.vtape');
  await createCartridge(file, { capacityBytes: opts.capacityBytes ?? 1 << 30, earlyWarningBytes: opts.earlyWarningBytes ?? 1 << 20, writeProtected: opts.writeProtected ?? false });
  const open = (): Promise<VirtualTape> => VirtualTape.open(file, { earlyWarning: opts.earlyWarning ?? 'write-rejected', report: () => {} });
  const closeQuietly = async (dev: TapeDevice): Promise<void> => {
    try {
      await dev.close();
    } catch (e) {
      // at the physical end the closing filemark does not fit; the drive is released all the same
      if (!isTapeError(e, 'EIO')) throw e;
    }
  };
  const t: ScratchTape = {
    dev: await open(),
    reopen: async () => {
      await closeQuietly(t.dev);
      t.dev = await open();
      return t.dev;
    },
    done: async () => {
      try {
        await closeQuietly(t.dev);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
  return t;
}

/** Passes everything through; subclasses override what they break. */
export class Passthrough implements TapeDevice {
  constructor(protected readonly inner: TapeDevice) {}
  get name(): string {
    return this.inner.name;
  }
  limits(): TapeLimits {
    return this.inner.limits();
  }
  write(buf: Uint8Array): Promise<number> {
    return this.inner.write(buf);
  }
  read(buf: Uint8Array): Promise<number> {
    return this.inner.read(buf);
  }
  op(op: MtOp, count?: number): Promise<void> {
    return this.inner.op(op, count);
  }
  status(): Promise<TapeStatus> {
    return this.inner.status();
  }
  tell(): Promise<number> {
    return this.inner.tell();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

/** A device without MTIOCPOS, as a remote drive over rmt is. */
export class NoTell extends Passthrough {
  override tell(): Promise<number> {
    return Promise.reject(new TapeError('ENOSYS', this.name, 'MTIOCPOS is not available'));
  }
}

/** A device without MTWEOFI; counts the filemark operations it sees. */
export class NoWeofi extends Passthrough {
  readonly ops: string[] = [];
  override op(op: MtOp, count?: number): Promise<void> {
    this.ops.push(op);
    if (op === 'weofi') return Promise.reject(new TapeError('ENOSYS', this.name, 'MTWEOFI unknown'));
    return this.inner.op(op, count);
  }
}

/** Damages (flips a byte in) or silently loses chosen writes, counted from 0. */
export class FaultyWrites extends Passthrough {
  private n = 0;
  constructor(
    inner: TapeDevice,
    private readonly faults: { corrupt?: number[]; drop?: number[] },
  ) {
    super(inner);
  }
  override async write(buf: Uint8Array): Promise<number> {
    const i = this.n++;
    if (this.faults.drop?.includes(i)) return buf.length;
    if (this.faults.corrupt?.includes(i)) {
      const bad = Uint8Array.from(buf);
      bad[bad.length >> 1] = bad[bad.length >> 1]! ^ 0x55;
      bad[40] = bad[40]! ^ 0x01;
      return this.inner.write(bad);
    }
    return this.inner.write(buf);
  }
}

/** Deterministic pseudo-random bytes for test data. */
export function testBytes(n: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(n);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export async function collect(src: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of src) parts.push(c);
  return Buffer.concat(parts);
}
