// A cartridge file while it sits in a drive: the open file, its object index and the lock that
// keeps other drives out. It turns "write these records at address a" into one positioned
// writev of frames, and "read the record at a" into a copy out of the read-ahead window
// (read-ahead.ts), whose reader checked the payload checksum. No fsync per record: data whose write()
// resolved is in the page cache and survives the death of the process; filemarks and unload fsync.
import fs, { type FileHandle } from 'node:fs/promises';
import { TapeError } from '../tape/tape-error.js';
import { CartridgeLock } from './cartridge-lock.js';
import { scanCartridge, type Damage } from './cartridge-scan.js';
import { FORMAT_VERSION, FRAME_SIZE, encodeFrame, payloadChecksum, type CartridgeHeader } from './format.js';
import type { ObjectIndex } from './object-index.js';
import { ReadAhead } from './read-ahead.js';

/** Frames per pwritev: two buffers each (header, payload), 1024 buffers being Linux's IOV_MAX. */
const FRAMES_PER_WRITE = 512;

export class LoadedCartridge {
  private readonly readAhead: ReadAhead;
  /** fsyncs under way, which unload() lets finish before the file is closed. */
  private readonly syncing = new Set<Promise<void>>();
  /** The cartridge's format version, which its new frames keep. */
  private readonly version: number;

  private constructor(
    readonly file: string,
    private readonly device: string,
    private readonly fh: FileHandle,
    private readonly lock: CartridgeLock,
    readonly header: CartridgeHeader,
    /** The write-protect tab, or a cartridge file the process may not write. */
    readonly writeProtected: boolean,
    readonly index: ObjectIndex,
    private damage: Damage | null,
  ) {
    this.version = header.formatVersion ?? FORMAT_VERSION;
    this.readAhead = new ReadAhead(fh, index, this.version);
  }

  /**
   * Takes the cartridge's lock, scans it and cuts off a torn tail (left in place, but ignored,
   * when the cartridge is write-protected). `report` hears about repairs and damage.
   */
  static async load(file: string, device: string, report: (message: string) => void): Promise<LoadedCartridge> {
    let lock: CartridgeLock;
    try {
      lock = await CartridgeLock.acquire(file, device);
    } catch (e) {
      if (e instanceof TapeError) throw e;
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new TapeError('EIO', device, `cartridge file ${file} does not exist`);
      throw new TapeError('EIO', device, `cannot lock cartridge ${file}: ${(e as Error).message}`);
    }
    let fh: FileHandle | undefined;
    try {
      fh = await fs.open(file, 'r');
      const scan = await scanCartridge(fh, file);
      let readOnly = scan.header.writeProtected;
      if (!readOnly) {
        try {
          const writable = await fs.open(file, 'r+');
          await fh.close();
          fh = writable;
        } catch (e) {
          // A cartridge file without write permission behaves as a write-protected cartridge.
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw e;
          readOnly = true;
        }
      }
      if (scan.tornTail) {
        const t = scan.tornTail;
        if (!readOnly) await fh.truncate(t.offset);
        report(
          `cartridge ${file}: ${t.reason} at offset ${t.offset} (${t.bytes} bytes, an interrupted write) ` +
            (readOnly ? 'ignored (write-protected)' : 'cut off') + `; ${scan.index.count} objects kept`,
        );
      }
      if (scan.damage) {
        report(`cartridge ${file}: damaged at offset ${scan.damage.offset} (object ${scan.damage.address}): ${scan.damage.reason}; objects from there on cannot be read`);
      }
      return new LoadedCartridge(file, device, fh, lock, scan.header, readOnly, scan.index, scan.damage);
    } catch (e) {
      await fh?.close();
      await lock.release();
      throw e;
    }
  }

  /** The EIO to give when the drive reaches `address` and it is the damaged spot, else null. */
  damageAt(address: number): TapeError | null {
    if (this.damage === null || address !== this.index.count) return null;
    const d = this.damage;
    return new TapeError('EIO', this.device, `cartridge ${this.file} is damaged at offset ${d.offset} (object ${d.address}): ${d.reason}`);
  }

  /** The payload checksum this cartridge's format gives `payload`. */
  checksum(payload: Uint8Array): bigint {
    return payloadChecksum(this.version, payload);
  }

  /**
   * Writes `payloads` at `address`, discarding what followed: in variable block mode (`blockSize`
   * 0) each one record, in fixed-block mode each a whole number of `blockSize` records.
   * `sums[i]`, when known, is the checksum of payloads[i] as one record, computed ahead by
   * checksum(). Resolves to the number of records written.
   */
  async writeRecords(address: number, payloads: readonly Uint8Array[], blockSize: number, sums: readonly (bigint | undefined)[]): Promise<number> {
    const records: Uint8Array[] = [];
    const known: (bigint | undefined)[] = [];
    for (let i = 0; i < payloads.length; i++) {
      const p = payloads[i]!;
      if (blockSize === 0 || p.length === blockSize) {
        records.push(p);
        known.push(sums[i]);
      } else {
        for (let at = 0; at < p.length; at += blockSize) {
          records.push(p.subarray(at, at + blockSize));
          known.push(undefined);
        }
      }
    }
    for (let first = 0; first < records.length; first += FRAMES_PER_WRITE) {
      const n = Math.min(FRAMES_PER_WRITE, records.length - first);
      const frames = Buffer.allocUnsafe(n * FRAME_SIZE);
      const iov: Uint8Array[] = [];
      const checksums: bigint[] = [];
      for (let i = 0; i < n; i++) {
        const record = records[first + i]!;
        const checksum = known[first + i] ?? payloadChecksum(this.version, record);
        encodeFrame({ kind: 'record', length: record.length, payloadChecksum: checksum, address: address + first + i }, this.version, frames, i * FRAME_SIZE);
        iov.push(frames.subarray(i * FRAME_SIZE, (i + 1) * FRAME_SIZE), record);
        checksums.push(checksum);
      }
      await this.writeFrames(address + first, iov);
      for (let i = 0; i < n; i++) this.index.append(records[first + i]!.length, checksums[i]!);
    }
    return records.length;
  }

  /** Writes `count` filemarks at `address`; `flush` (MTWEOF, not MTWEOFI) fsyncs them. */
  async writeFilemarks(address: number, count: number, flush: boolean): Promise<void> {
    const frames = Buffer.allocUnsafe(count * FRAME_SIZE);
    for (let i = 0; i < count; i++) {
      encodeFrame({ kind: 'filemark', length: 0, payloadChecksum: 0n, address: address + i }, this.version, frames, i * FRAME_SIZE);
    }
    await this.writeFrames(address, [frames]);
    for (let i = 0; i < count; i++) this.index.append('filemark', 0n);
    if (flush) await this.fh.sync();
  }

  /** Discards every object at and after `address` (erase, or the start of an overwrite). */
  async truncate(address: number): Promise<void> {
    if (address > this.index.count) throw new Error(`truncate past end of data (${address} > ${this.index.count})`);
    if (address === this.index.count && this.damage === null) return;
    await this.readAhead.invalidate();
    await this.fh.truncate(this.index.frameOffset(address));
    this.index.truncate(address);
    this.damage = null;
  }

  /** Reads the payload of the record at `address` into `into`, verified against its checksum. */
  async readRecord(address: number, into: Uint8Array): Promise<void> {
    const length = this.index.recordLength(address);
    const { bytes: payload, verified } = await this.readAhead.payload(address);
    if (!verified) {
      throw new TapeError(
        'EIO',
        this.device,
        `cartridge ${this.file} is damaged at offset ${this.index.frameOffset(address)} (record ${address}, ${length} bytes): ` +
          (payload.length !== length ? `only ${payload.length} bytes in the file` : 'payload checksum mismatch'),
      );
    }
    into.set(payload);
  }

  /** sync() for a caller that awaits it later: a failure before then does not count as unhandled. */
  syncInBackground(): Promise<void> {
    const p = this.sync();
    p.catch(() => undefined);
    return p;
  }

  /** fsync; may run while later records are written (the drive's MTWEOF does not hold its queue). */
  async sync(): Promise<void> {
    const p = this.fh.sync();
    this.syncing.add(p);
    try {
      await p;
    } finally {
      this.syncing.delete(p);
    }
  }

  /** Flushes and closes the file and releases the lock. */
  async unload(): Promise<void> {
    try {
      await this.readAhead.release();
      await Promise.allSettled([...this.syncing]);
      if (!this.writeProtected) await this.fh.sync();
    } finally {
      await this.fh.close();
      await this.lock.release();
    }
  }

  private async writeFrames(address: number, iov: Uint8Array[]): Promise<void> {
    // Awaited only when there is something to do: an append to a cartridge that is not being
    // read reaches the thread pool within the caller's turn, before it goes on to fill the next
    // records (every await is a turn of the microtask queue, in which the caller gets ahead).
    if (!this.readAhead.idle) await this.readAhead.invalidate();
    if (address !== this.index.count || this.damage !== null) await this.truncate(address);
    const at = this.index.endOffset;
    const total = iov.reduce((sum, b) => sum + b.length, 0);
    try {
      const { bytesWritten } = await this.fh.writev(iov, at);
      if (bytesWritten !== total) throw new Error(`short write (${bytesWritten} of ${total} bytes)`);
    } catch (e) {
      // Leave the file ending on a whole frame, so that the next load does not see a torn tail.
      await this.fh.truncate(at).catch(() => undefined);
      throw new TapeError('EIO', this.device, `cannot write to cartridge file ${this.file} at offset ${at}: ${(e as Error).message}`);
    }
  }
}
