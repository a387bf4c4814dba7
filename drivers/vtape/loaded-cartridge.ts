// A cartridge file while it sits in a drive: the open file, its object index and the lock that
// keeps other drives out. It turns "write these records at address a" into a job of the
// cartridge's writing thread (native/vtio.c, queued behind the jobs in flight), "read the record
// at a" into a copy out of the read-ahead window (read-ahead.ts), whose reader checked the
// payload checksum, and "read the records from a into these buffers" into one preadv straight
// into them, checked on the thread that read them. No fsync per record: data whose write()
// resolved is in the file (the page cache, or the disk for direct writes) and survives the death
// of the process; filemarks and unload fsync.
import { constants as fsConstants } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import { TapeError } from '../tape/tape-error.js';
import { CartridgeLock } from './cartridge-lock.js';
import { scanCartridge, type Damage } from './cartridge-scan.js';
import { FORMAT_VERSION, FRAME_SIZE, encodeFrame, payloadChecksum, type CartridgeHeader } from './format.js';
import type { ObjectIndex } from './object-index.js';
import { ReadAhead } from './read-ahead.js';
import { closeWriteOrder, createWriteOrder, directGranule, readRecords, resetWriteOrder, writeAt } from '../../native/vtio.js';

/** Frames per thread-pool job: two buffers each (header, payload). */
const FRAMES_PER_WRITE = 512;
/**
 * The cartridge file is written in pwritev calls that end on multiples of this many bytes, as
 * `dd bs=256k` writes. Linux sizes the page-cache folios a write allocates by its length and
 * alignment: records of 256 KiB + 32 bytes written whole start mid-page and make many small
 * folios (2 GB took 0.5 s of system time, against 0.36-0.4 s in aligned 256 KiB pieces), a batch
 * in one pwritev makes large ones, and on a virtual machine large folios (1 MiB and up) cost the
 * host a fault per page again (2 GB with `dd bs=1M` or `bs=4M`: 1.3-4 s of system time here,
 * with `bs=256k` 0.35 s). A batch of records still goes to the thread pool as one job
 * (native/vtio.c writeAt).
 */
const WRITE_PIECE = 256 * 1024;

/**
 * The cartridge file `fh` opened once more with O_DIRECT, or undefined where the file system
 * refuses it (tmpfs, NFS): then every write goes through the page cache (native/vtio-direct.h).
 */
async function openDirect(file: string, fh: FileHandle): Promise<FileHandle | undefined> {
  const { O_RDWR, O_DIRECT } = fsConstants;
  if (O_DIRECT === undefined) return undefined;
  let direct: FileHandle;
  try {
    direct = await fs.open(file, O_RDWR | O_DIRECT);
  } catch {
    return undefined;
  }
  // The path could name another file by now (renamed or replaced): then direct writes would land there.
  const same = await Promise.all([fh.stat({ bigint: true }), direct.stat({ bigint: true })]).then(
    ([a, b]) => a.dev === b.dev && a.ino === b.ino,
    () => false,
  );
  if (same && directGranule(direct.fd) > 0) return direct;
  await direct.close();
  return undefined;
}

export class LoadedCartridge {
  private readonly readAhead: ReadAhead;
  /** fsyncs under way, which unload() lets finish before the file is closed. */
  private readonly syncing = new Set<Promise<void>>();
  /** The cartridge's format version, which its new frames keep. */
  private readonly version: number;
  /** Keeps the writing thread's jobs in the order they were queued (native/vtio.c). */
  private readonly order = createWriteOrder();
  /** The writes in flight, the last queued: where they end, and when they have all settled. */
  private writing: { end: number; endOffset: number; settled: Promise<void> } | null = null;

  private constructor(
    readonly file: string,
    private readonly device: string,
    private readonly fh: FileHandle,
    /** The same file opened with O_DIRECT for the writing thread's large writes, where the file system allows it. */
    private readonly direct: FileHandle | undefined,
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
    let direct: FileHandle | undefined;
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
      direct = readOnly ? undefined : await openDirect(file, fh);
      return new LoadedCartridge(file, device, fh, direct, lock, scan.header, readOnly, scan.index, scan.damage);
    } catch (e) {
      await direct?.close();
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
   * checksum(). Resolves to the number of records written. When `address` is where the writes
   * still in flight end (writesEndAt), the records are queued behind them within the caller's
   * turn, so that the writing thread goes on to them without waiting for this thread; they are
   * written only if those writes succeed, and reject otherwise.
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
    const frames = Buffer.allocUnsafe(records.length * FRAME_SIZE);
    const iov: Uint8Array[] = [];
    const lengths: number[] = [];
    const checksums: bigint[] = [];
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      const checksum = known[i] ?? payloadChecksum(this.version, record);
      encodeFrame({ kind: 'record', length: record.length, payloadChecksum: checksum, address: address + i }, this.version, frames, i * FRAME_SIZE);
      iov.push(frames.subarray(i * FRAME_SIZE, (i + 1) * FRAME_SIZE), record);
      lengths.push(record.length);
      checksums.push(checksum);
    }
    await this.writeObjects(address, iov, lengths, checksums);
    return records.length;
  }

  /** Writes `count` filemarks at `address`; `flush` (MTWEOF, not MTWEOFI) fsyncs them. */
  async writeFilemarks(address: number, count: number, flush: boolean): Promise<void> {
    const frames = Buffer.allocUnsafe(count * FRAME_SIZE);
    for (let i = 0; i < count; i++) {
      encodeFrame({ kind: 'filemark', length: 0, payloadChecksum: 0n, address: address + i }, this.version, frames, i * FRAME_SIZE);
    }
    const iov = Array.from({ length: count }, (_, i) => frames.subarray(i * FRAME_SIZE, (i + 1) * FRAME_SIZE));
    await this.writeObjects(address, iov, new Array<'filemark'>(count).fill('filemark'), new Array<bigint>(count).fill(0n));
    if (flush) await this.fh.sync();
  }

  /** The address after the writes still in flight, or null when none is. */
  get writesEndAt(): number | null {
    return this.writing?.end ?? null;
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

  /**
   * Reads the records at `first`, `first + 1`... straight into `into` (each exactly as long as
   * its record) with one positioned read, and checks their payloads on a thread-pool thread;
   * several such reads may run at once. Resolves to how many, from the first, were read whole
   * and match their checksum.
   */
  async readRecords(first: number, into: readonly Uint8Array[]): Promise<number> {
    const n = into.length;
    const sums = new BigUint64Array(n);
    for (let i = 0; i < n; i++) sums[i] = this.index.payloadChecksum(first + i);
    const verdict = new Uint8Array(n);
    await readRecords({ fd: this.fh.fd, position: this.index.frameOffset(first), version: this.version, frames: Buffer.allocUnsafe(n * FRAME_SIZE), payloads: into, sums, verdict });
    const bad = verdict.indexOf(0);
    return bad < 0 ? n : bad;
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
      closeWriteOrder(this.order);
      // Nothing is left to write through it (the fsync above covered its writes): a failed close must not keep the lock.
      await this.direct?.close().catch(() => undefined);
      await this.fh.close();
      await this.lock.release();
    }
  }

  /**
   * Writes the objects whose frames (and payloads) `iov` holds in order, one job of the writing
   * thread per FRAMES_PER_WRITE objects, and enters them into the index once on the file. Right
   * after the writes in flight, the jobs are queued behind them at once (without an await, so
   * within the caller's turn); otherwise the read-ahead is dropped and the medium cut at
   * `address` first.
   */
  private async writeObjects(address: number, iov: Uint8Array[], lengths: (number | 'filemark')[], checksums: bigint[]): Promise<void> {
    const before = this.writing;
    if (before === null || before.end !== address) {
      if (before !== null) await before.settled;
      if (!this.readAhead.idle) await this.readAhead.invalidate();
      if (address !== this.index.count || this.damage !== null) await this.truncate(address);
    }
    const after = this.writing;
    let at = after === null ? this.index.endOffset : after.endOffset;
    const jobs: { at: number; objects: number; write: Promise<unknown> }[] = [];
    for (let first = 0; first < lengths.length; first += FRAMES_PER_WRITE) {
      const objects = Math.min(FRAMES_PER_WRITE, lengths.length - first);
      const pieces = iov.slice(2 * first, 2 * (first + objects));
      const bytes = pieces.reduce((n, b) => n + b.length, 0);
      const write = writeAt(this.fh.fd, at, WRITE_PIECE, pieces, this.order, this.direct?.fd);
      // awaited below, in order; a failure must not count as unhandled meanwhile
      write.catch(() => undefined);
      jobs.push({ at, objects, write });
      at += bytes;
    }
    const settled = this.enter(after, jobs, lengths, checksums);
    const mine = { end: address + lengths.length, endOffset: at, settled: settled.then(() => undefined, () => undefined) };
    this.writing = mine;
    try {
      await settled;
    } finally {
      if (this.writing === mine) this.writing = null;
    }
  }

  /** Waits for the jobs in order after the writes before them, entering each job's objects into the index. */
  private async enter(before: { settled: Promise<void> } | null, jobs: { at: number; objects: number; write: Promise<unknown> }[], lengths: (number | 'filemark')[], checksums: bigint[]): Promise<void> {
    // the index takes the objects in file order; when the writes before fail, these fail too
    if (before !== null) await before.settled;
    let k = 0;
    for (const job of jobs) {
      try {
        await job.write;
      } catch (e) {
        for (const rest of jobs) await rest.write.catch(() => undefined);
        if ((e as NodeJS.ErrnoException).code === 'ECANCELED') {
          throw new TapeError('EIO', this.device, `not written to cartridge file ${this.file}: the write before it failed`);
        }
        // Leave the file ending on a whole frame, so that the next load does not see a torn tail.
        await this.fh.truncate(job.at).catch(() => undefined);
        // Only now may writes go on: one queued behind these meanwhile was aimed past the cut
        // and stays cancelled; the writes queued from here on start at the index's end.
        resetWriteOrder(this.order);
        throw new TapeError('EIO', this.device, `cannot write to cartridge file ${this.file} at offset ${job.at}: ${(e as Error).message}`);
      }
      for (let i = 0; i < job.objects; i++, k++) this.index.append(lengths[k]!, checksums[k]!);
    }
  }
}
