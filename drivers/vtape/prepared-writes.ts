// Records announced with TapeDevice.prepareWrite: their payload checksums are computed at once,
// while the record before is still being written on a thread-pool thread (on two cores: in
// parallel, without another thread hand-off), and the write of exactly that buffer takes the
// result. Kept: the latest MAX_PREPARED announcements, enough for a writer that fills one batch of
// records (TapeDevice.writeRecords) while the batch before is written. Anything else that happens
// to the drive forgets them.
import type { LoadedCartridge } from './loaded-cartridge.js';

interface PreparedRecord {
  buf: Uint8Array;
  cartridge: LoadedCartridge;
  checksum: bigint;
}

/**
 * Announcements kept: two batches of sixteen blocks of the blocked layout's writer
 * (drivers/layout/blocked-writer.ts); those of the batches in flight were taken when queued.
 */
const MAX_PREPARED = 32;

export class PreparedWrites {
  /** Oldest first. */
  private records: PreparedRecord[] = [];

  announce(buf: Uint8Array, cartridge: LoadedCartridge): void {
    // A buffer announced again holds new bytes: only the newest announcement counts.
    this.records = this.records.filter((p) => p.buf !== buf).slice(-(MAX_PREPARED - 1));
    this.records.push({ buf, cartridge, checksum: cartridge.checksum(buf) });
  }

  /**
   * The checksum computed ahead for writing all of `buf` as one record of `recordSize` bytes to
   * `cartridge`, or undefined. Forgets the announcement and every older one.
   */
  take(buf: Uint8Array, cartridge: LoadedCartridge, recordSize: number): bigint | undefined {
    const i = this.records.findIndex((p) => p.buf === buf);
    if (i < 0) return undefined;
    const p = this.records[i]!;
    this.records.splice(0, i + 1);
    return p.cartridge === cartridge && recordSize === buf.length ? p.checksum : undefined;
  }

  clear(): void {
    this.records = [];
  }
}
