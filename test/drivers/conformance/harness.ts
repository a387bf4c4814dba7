// Shared helpers of the conformance suite. Like every file of the suite, this imports nothing
// but node:test, node:assert and the TapeDevice interface, so that the suite runs unchanged
// inside the tape VM (compiled or through tsx) against the real st driver.
import assert from 'node:assert/strict';
import type { TapeDevice } from '../../../drivers/tape/tape-device.js';

export type EarlyWarningFlavour = 'write-lands' | 'write-rejected';

export interface ConformanceEnv {
  capacityBytes: number;
  earlyWarningBytes: number;
  earlyWarning?: EarlyWarningFlavour;
}

export interface ConformanceDevice {
  /** A drive holding a blank medium, at BOT, in variable block mode. */
  device: TapeDevice;
  /**
   * Opens the same drive and medium a second time (st: open(2) of the same /dev/nst*). Cases that
   * look at what close() left on the medium, and the EBUSY case, are skipped without it.
   */
  reopen?(): Promise<TapeDevice>;
  /** Closes what the case left open and frees the medium. */
  cleanup(): Promise<void>;
}

export type MakeDevice = (env: ConformanceEnv) => Promise<ConformanceDevice>;

export interface ConformanceCaps {
  /** false for scsi_debug, which keeps only the first 4 bytes of each block. */
  keepsData: boolean;
  /** The drive's minimum block (READ BLOCK LIMITS), bytes. */
  minBlock: number;
  /** Whether makeDevice honours env.capacityBytes/earlyWarningBytes (a virtual tape does). */
  canSizeMedium: boolean;
  /** End-of-medium flavours the driver offers; the end-of-medium cases run once per flavour. */
  earlyWarningFlavours: EarlyWarningFlavour[];
  /** Write-protects (or frees) the medium of the device made last; the drive may go back to BOT. */
  writeProtect?: (on: boolean) => Promise<void> | undefined;
  /** Without writeProtect: why this medium cannot be write-protected (the case's skip reason). */
  cannotWriteProtect?: string;
  /**
   * For a driver that cannot size its medium: the medium is small anyway (say 64 MiB or less,
   * e.g. scsi_debug with a small dev_size_mb), so the end-of-medium cases can fill it quickly.
   */
  mediumIsSmall?: boolean;
}

/** Medium for most cases: large enough never to reach the early warning. */
const ROOMY: ConformanceEnv = { capacityBytes: 32 * 1024 * 1024, earlyWarningBytes: 1024 * 1024 };

export class Harness {
  constructor(
    readonly driverName: string,
    private readonly make: MakeDevice,
    readonly caps: ConformanceCaps,
  ) {}

  /**
   * Runs `body` on a fresh device and always cleans up after it. When the body failed, its error
   * is the one reported, not what cleanup then ran into (a close at the physical end fails too).
   */
  async with(body: (d: ConformanceDevice) => Promise<void>, env: ConformanceEnv = ROOMY): Promise<void> {
    const d = await this.make(env);
    let outcome: { failed: false } | { failed: true; error: unknown } = { failed: false };
    try {
      await body(d);
    } catch (error) {
      outcome = { failed: true, error };
    }
    try {
      await d.cleanup();
    } catch (error) {
      if (!outcome.failed) throw error;
    }
    if (outcome.failed) throw outcome.error;
  }

  /** Record number i of `size` bytes; its first 4 bytes (all scsi_debug keeps) identify it. */
  record(i: number, size: number): Buffer {
    const b = Buffer.alloc(size);
    for (let j = 0; j < size; j++) b[j] = (i * 31 + j * 7 + (j >> 8)) & 0xff;
    const id = Buffer.alloc(4);
    id.writeUInt32BE(0xa5000000 + i);
    id.copy(b, 0, 0, Math.min(4, size));
    return b;
  }

  /** Reads one record and checks it is record i of `size` bytes (first 4 bytes only if !keepsData). */
  async expectRecord(device: TapeDevice, i: number, size: number, bufferSize = Math.max(size, 64 * 1024)): Promise<void> {
    const buf = Buffer.alloc(bufferSize);
    const n = await device.read(buf);
    assert.equal(n, size, `record ${i}: expected ${size} bytes, read ${n}`);
    this.expectData(buf.subarray(0, n), this.record(i, size), `record ${i}`);
  }

  expectData(actual: Buffer, expected: Buffer, what: string): void {
    assert.equal(actual.length, expected.length, `${what}: length`);
    if (this.caps.keepsData) {
      assert.ok(actual.equals(expected), `${what}: content differs`);
    } else {
      const k = Math.min(4, expected.length);
      assert.deepEqual([...actual.subarray(0, k)], [...expected.subarray(0, k)], `${what}: first ${k} bytes differ`);
    }
  }

  async expectRead(device: TapeDevice, expected: number, what: string): Promise<void> {
    assert.equal(await device.read(Buffer.alloc(64 * 1024)), expected, what);
  }

  /** Record size that every driver accepts. */
  get size(): number {
    return Math.max(1024, this.caps.minBlock);
  }

  /**
   * The standard tape most positioning cases use (address: object):
   *   0 r0, 1 r1, 2 r2, 3 FM, 4 r3, 5 r4, 6 FM, 7 r5, 8 FM, 9 r6, 10 r7, 11 FM; end of data at 12.
   * Left at end of data with weof as the last operation, so no further filemark comes implicitly.
   */
  async writeLayout(device: TapeDevice): Promise<void> {
    let i = 0;
    for (const records of LAYOUT_FILES) {
      for (let r = 0; r < records; r++, i++) assert.equal(await device.write(this.record(i, this.size + i)), this.size + i);
      await device.op('weof', 1);
    }
    assert.equal(await device.tell(), LAYOUT_END);
  }

  /** Reads record i of the layout (records are numbered across files). */
  async expectLayoutRecord(device: TapeDevice, i: number): Promise<void> {
    await this.expectRecord(device, i, this.size + i);
  }
}

const LAYOUT_FILES = [3, 2, 1, 2];
export const LAYOUT_END = 12;

export async function rejectsWith(p: Promise<unknown>, code: string, what = ''): Promise<void> {
  await rejectsWithOneOf(p, [code], what);
}

export async function rejectsWithOneOf(p: Promise<unknown>, codes: string[], what = ''): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    const got = (e as { code?: unknown } | null)?.code;
    assert.ok(codes.includes(String(got)), `${what ? what + ': ' : ''}expected ${codes.join(' or ')}, got ${String(e)}`);
    return true;
  });
}

export async function expectPosition(device: TapeDevice, address: number, fileNumber: number, blockNumber: number): Promise<void> {
  assert.equal(await device.tell(), address, 'block address (tell)');
  const s = await device.status();
  assert.equal(s.fileNumber, fileNumber, `file number at address ${address}`);
  assert.equal(s.blockNumber, blockNumber, `block number at address ${address}`);
}
