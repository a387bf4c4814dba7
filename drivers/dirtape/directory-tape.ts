// afbackup's filesystem-as-tape for removable disks: a cartridge is a folder and tape file N is
// the file data.N in it (data.0 = the label). DirectoryTape gives it st(4) semantics (the rules
// of tape-semantics.md 6.1 that can apply to a folder), so the layers above cannot tell it from
// a drive. Layout, record boundaries and capacity: FORMAT.md beside this file.

import type { FileHandle } from 'node:fs/promises';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MtOp, TapeDevice, TapeLimits, TapeStatus } from '../tape/tape-device.js';
import { TapeError, type TapeErrno } from '../tape/tape-error.js';
import { acquirePidLock, LockBusyError } from '../library/pid-lock.js';
import { CapacityGauge } from './capacity.js';
import { RecordRuns } from './record-runs.js';
import { locate, space, type Landing } from './spacing.js';
import { dataPath, loadTapeFile, removeTapeFilesAfter, scanFolder, writeIndex } from './tape-folder.js';

export interface DirectoryTapeOptions {
  /** For messages; default "dirtape:FOLDER". */
  name?: string;
  /** Bytes of payload the folder may hold; 'free-space' = what the filesystem has left. Default: no limit. */
  capacityBytes?: number | 'free-space';
  /** Size of the early-warning zone before capacity; default 1 % of it, at most 64 MiB. */
  earlyWarningBytes?: number;
  /** Whether the write that enters the early-warning zone lands (scsi_debug, default, as the virtual tape) or not (mhvtl). */
  earlyWarning?: 'write-lands' | 'write-rejected';
  minBlock?: number;
  maxBlock?: number;
  writeProtected?: boolean;
  /** Record size for a data.N without records.N (written by afbackup 3.5.8); default 10240. */
  recordSizeWithoutIndex?: number;
}

type Settings = Required<Omit<DirectoryTapeOptions, 'capacityBytes' | 'earlyWarningBytes' | 'name'>>;

export async function openDirectoryTape(folder: string, opts: DirectoryTapeOptions = {}): Promise<DirectoryTape> {
  return DirectoryTape.open(folder, opts);
}

export class DirectoryTape implements TapeDevice {
  readonly name: string;
  /** Tape file i's records; files.length - 1 filemarks separate them. */
  private files: RecordRuns[] = [];
  /** baseBytes[i] / baseAddr[i]: payload bytes / block addresses before tape file i. */
  private baseBytes: number[] = [0];
  private baseAddr: number[] = [0];
  private readonly dirty = new Set<number>();
  private f = 0; // current tape file
  private r = 0; // next record in it
  private fileKnown = true;
  private blockKnown = true;
  /**
   * st's end-of-file state: nothing, a filemark just crossed forward (a read at end of data then
   * gives the "second zero"), or end of data reported (the EOD status bit; reads fail at once).
   */
  private eofState: 'none' | 'filemark-crossed' | 'end-of-data' = 'none';
  private lastWrite = false;
  private fixed = 0;
  private online = true;
  private closed = false;
  private handle: { n: number; h: FileHandle } | null = null;
  /** Fixed-block mode: the unread part of the last block read. */
  private blockRest: Buffer | null = null;

  private constructor(
    readonly folder: string,
    private readonly o: Settings,
    name: string,
    private readonly unlock: () => Promise<void>,
    private readonly gauge: CapacityGauge,
  ) {
    this.name = name;
  }

  static async open(folder: string, opts: DirectoryTapeOptions = {}): Promise<DirectoryTape> {
    const dir = path.resolve(folder);
    const name = opts.name ?? `dirtape:${dir}`;
    const st = await fs.stat(dir).catch(() => null);
    if (!st?.isDirectory()) throw new TapeError('ENOMEDIUM', name, `${dir} is not a folder: create it (mkdir) or mount the disk holding it`);
    let unlock: () => Promise<void>;
    try {
      unlock = await acquirePidLock(path.join(dir, '.lock'), { what: `directory tape ${dir}` });
    } catch (e) {
      if (e instanceof LockBusyError) throw new TapeError('EBUSY', name, e.message);
      throw e;
    }
    const writable = await fs.access(dir, fs.constants.W_OK).then(() => true, () => false);
    const settings: Settings = {
      earlyWarning: opts.earlyWarning ?? 'write-lands',
      minBlock: opts.minBlock ?? 1,
      maxBlock: opts.maxBlock ?? 8 << 20,
      recordSizeWithoutIndex: opts.recordSizeWithoutIndex ?? 10240,
      writeProtected: (opts.writeProtected ?? false) || !writable,
    };
    const gauge = new CapacityGauge(dir, opts.capacityBytes, opts.earlyWarningBytes, settings.earlyWarning);
    const t = new DirectoryTape(dir, settings, name, unlock, gauge);
    try {
      await t.load();
    } catch (e) {
      await unlock();
      throw e;
    }
    return t;
  }

  private err(code: TapeErrno, msg: string): TapeError {
    return new TapeError(code, this.name, msg);
  }

  private async load(): Promise<void> {
    const scan = await scanFolder(this.folder);
    this.files = [];
    for (let n = 0; n <= Math.max(0, scan.last); n++) {
      const size = scan.dataSizes.get(n) ?? 0;
      const { runs, repaired } = await loadTapeFile(this.folder, n, size, this.o.recordSizeWithoutIndex);
      if (repaired) this.dirty.add(n);
      this.files.push(runs);
    }
    this.rebuildBases(0);
    this.f = this.r = 0;
    this.fileKnown = this.blockKnown = true;
    await this.gauge.refresh(this.baseBytes[this.last]! + this.files[this.last]!.bytes);
  }

  private rebuildBases(from: number): void {
    this.baseBytes.length = this.baseAddr.length = from + 1;
    for (let i = from; i < this.files.length - 1; i++) {
      this.baseBytes.push(this.baseBytes[i]! + this.files[i]!.bytes);
      this.baseAddr.push(this.baseAddr[i]! + this.files[i]!.count + 1);
    }
  }

  private get last(): number {
    return this.files.length - 1;
  }

  private get cur(): RecordRuns {
    return this.files[this.f]!;
  }

  /** Payload bytes from BOT to the current position. */
  private usedBytes(): number {
    return this.baseBytes[this.f]! + this.cur.offsetOf(this.r);
  }

  limits(): TapeLimits {
    return { minBlock: this.o.minBlock, maxBlock: this.o.maxBlock };
  }

  private usable(): void {
    if (this.closed) throw this.err('EIO', 'the device is closed');
    if (!this.online) throw this.err('EIO', 'no medium: the tape was taken offline; load it first');
  }

  private writable(): void {
    if (this.o.writeProtected) throw this.err('EACCES', `write-protected: ${this.folder} is read-only or opened write-protected`);
  }

  private async fileHandle(n: number): Promise<FileHandle> {
    if (this.handle?.n === n) return this.handle.h;
    // Leaving a tape file with unindexed records: get them onto the disk before its index.
    if (this.handle && this.dirty.has(this.handle.n) && !this.o.writeProtected) await this.handle.h.datasync();
    await this.handle?.h.close();
    this.handle = null;
    const { O_RDONLY, O_RDWR, O_CREAT } = fs.constants;
    const h = await fs.open(dataPath(this.folder, n), this.o.writeProtected ? O_RDONLY : O_RDWR | O_CREAT);
    this.handle = { n, h };
    return h;
  }

  /** Everything after the current position goes: later tape files and the rest of this one. */
  private async truncateHere(): Promise<void> {
    if (this.f < this.last) {
      if (this.handle && this.handle.n > this.f) {
        await this.handle.h.close();
        this.handle = null;
      }
      await removeTapeFilesAfter(this.folder, this.f);
      for (let n = this.f + 1; n <= this.last; n++) this.dirty.delete(n);
      this.files.length = this.f + 1;
      this.rebuildBases(this.f);
    }
    if (this.r < this.cur.count) {
      const h = await this.fileHandle(this.f);
      await h.truncate(this.cur.offsetOf(this.r));
      this.cur.truncate(this.r);
      this.dirty.add(this.f);
    }
  }

  async write(buf: Uint8Array): Promise<number> {
    this.usable();
    this.writable();
    const unit = this.fixed || buf.length;
    if (this.fixed ? buf.length === 0 || buf.length % this.fixed !== 0 : buf.length < this.o.minBlock || buf.length > this.o.maxBlock) {
      throw this.err('EINVAL', this.fixed ? `write of ${buf.length} bytes is not a multiple of the ${this.fixed}-byte block size` : `record of ${buf.length} bytes is outside ${this.o.minBlock}..${this.o.maxBlock}`);
    }
    this.blockRest = null;
    await this.truncateHere();
    this.eofState = 'none';
    const verdict = await this.gauge.admit(this.usedBytes(), buf.length, unit);
    if ('refuse' in verdict) {
      throw this.err('ENOSPC', verdict.refuse === 'end' ? 'physical end of medium' : 'early warning: end of medium is near');
    }
    const n = verdict.bytes;
    const h = await this.fileHandle(this.f);
    const at = this.cur.offsetOf(this.r);
    try {
      await h.write(buf, 0, n, at);
    } catch (e) {
      await h.truncate(at);
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT') throw this.err('ENOSPC', `the filesystem holding ${this.folder} is full (${code}): physical end of this directory tape`);
      throw this.err('EIO', `writing ${dataPath(this.folder, this.f)}: ${(e as Error).message}`);
    }
    const records = n / unit;
    this.cur.append(unit, records);
    this.r += records;
    this.dirty.add(this.f);
    this.lastWrite = true;
    if (verdict.reportAfter) throw this.err('ENOSPC', 'early warning: end of medium is near (this record was written)');
    return n;
  }

  async read(buf: Uint8Array): Promise<number> {
    this.usable();
    this.lastWrite = false;
    if (buf.length < this.o.minBlock) throw this.err('EINVAL', `read buffer of ${buf.length} bytes is below the ${this.o.minBlock}-byte minimum`);
    if (this.fixed) {
      const n = await this.readBlocks(buf);
      if (n > 0) return n;
    }
    if (this.r >= this.cur.count) {
      if (this.f < this.last) {
        this.f++;
        this.r = 0;
        this.blockKnown = true;
        this.eofState = 'filemark-crossed';
        return 0;
      }
      // Rule 13 as st_read does it; running into blank tape costs st its block count.
      const state = this.eofState;
      if (state !== 'end-of-data') this.blockKnown = false;
      if (state === 'filemark-crossed') {
        this.eofState = 'end-of-data';
        return 0;
      }
      throw this.err('EIO', 'end of data');
    }
    this.eofState = 'none';
    const size = this.cur.sizeOf(this.r);
    const at = this.cur.offsetOf(this.r);
    this.r++;
    if (size > buf.length) throw this.err('ENOMEM', `record of ${size} bytes does not fit the ${buf.length}-byte buffer; it is lost`);
    await this.readAt(buf, 0, size, at);
    return size;
  }

  private async readAt(buf: Uint8Array, into: number, length: number, at: number): Promise<void> {
    const { bytesRead } = await (await this.fileHandle(this.f)).read(buf, into, length, at);
    if (bytesRead !== length) throw this.err('EIO', `${dataPath(this.folder, this.f)} is shorter than its records say: was it changed while open?`);
  }

  /**
   * Fixed-block mode, as st buffers it: any read size, filled from whole blocks up to the next
   * filemark; the unread part of a block waits for the next read. 0 = no block here.
   */
  private async readBlocks(buf: Uint8Array): Promise<number> {
    let out = 0;
    if (this.blockRest) {
      const n = Math.min(this.blockRest.length, buf.length);
      buf.set(this.blockRest.subarray(0, n));
      this.blockRest = n < this.blockRest.length ? this.blockRest.subarray(n) : null;
      out = n;
    }
    const size = this.fixed;
    while (out < buf.length && this.r < this.cur.count && this.cur.sizeOf(this.r) === size) {
      let blocks = 1;
      const want = Math.floor((buf.length - out) / size);
      while (blocks < want && this.r + blocks < this.cur.count && this.cur.sizeOf(this.r + blocks) === size) blocks++;
      const at = this.cur.offsetOf(this.r);
      if (want === 0) {
        const block = Buffer.alloc(size);
        await this.readAt(block, 0, size, at);
        const n = buf.length - out;
        buf.set(block.subarray(0, n), out);
        this.blockRest = block.subarray(n);
      } else await this.readAt(buf, out, blocks * size, at);
      this.r += blocks;
      out = want === 0 ? buf.length : out + blocks * size;
    }
    if (out > 0) this.eofState = 'none';
    return out;
  }

  private async filemarkIfWritten(): Promise<void> {
    if (this.lastWrite) await this.writeFilemarks(1);
  }

  private async writeFilemarks(count: number): Promise<void> {
    this.usable();
    this.writable();
    await this.truncateHere();
    if (!this.gauge.filemarkFits(this.usedBytes())) throw this.err('EIO', 'no room for the filemark at the physical end of medium');
    for (let i = 0; i < count; i++) {
      this.dirty.add(this.f);
      this.files.push(new RecordRuns());
      this.rebuildBases(this.f);
      this.f++;
      this.r = 0;
      this.dirty.add(this.f);
      await this.fileHandle(this.f); // creates the empty data.N the filemark starts
    }
    this.blockKnown = true;
    this.lastWrite = false;
    this.eofState = 'none';
    await this.flushIndexes();
  }

  private async flushIndexes(): Promise<void> {
    if (this.o.writeProtected) return;
    // The data first: an index must never describe records the disk does not have yet.
    if (this.handle && this.dirty.has(this.handle.n)) await this.handle.h.datasync();
    for (const n of [...this.dirty].sort((a, b) => a - b)) {
      if (n <= this.last) await writeIndex(this.folder, n, this.files[n]!);
      this.dirty.delete(n);
    }
  }

  async op(op: MtOp, count = 1): Promise<void> {
    if (this.closed) throw this.err('EIO', 'the device is closed');
    if (!Number.isSafeInteger(count) || count < 0) throw this.err('EINVAL', `bad count ${count} for ${op}`);
    this.blockRest = null;
    if (op === 'nop') return;
    if (op === 'load') {
      this.online = true;
      this.land({ f: 0, r: 0, blockKnown: true, crossed: false });
      return;
    }
    this.usable();
    // st writes the pending filemark before these motions; bsf and bsfm then space over it too.
    const endsFile = op === 'rewind' || op === 'offline' || op === 'bsf' || op === 'bsfm' || op === 'seek';
    const wroteMark = endsFile && this.lastWrite;
    if (endsFile) await this.filemarkIfWritten();
    if (wroteMark && (op === 'bsf' || op === 'bsfm')) count++;
    await this.flushIndexes();
    this.eofState = 'none';
    if (op !== 'weof' && op !== 'weofi' && op !== 'setblk') this.lastWrite = false;
    switch (op) {
      case 'weof':
      case 'weofi':
        return this.writeFilemarks(count);
      case 'rewind':
      case 'offline':
        this.land({ f: 0, r: 0, blockKnown: true, crossed: false });
        if (op === 'offline') {
          this.online = false;
          await this.handle?.h.close();
          this.handle = null;
        }
        return;
      case 'setblk':
        if (count > this.o.maxBlock) throw this.err('EINVAL', `block size ${count} exceeds the ${this.o.maxBlock}-byte maximum`);
        this.fixed = count;
        return;
      case 'fsf':
      case 'fsfm':
      case 'bsf':
      case 'bsfm':
      case 'fsr':
      case 'bsr':
      case 'eom':
        return this.land(space(this.files, this.f, this.r, op, count));
      case 'seek':
        this.fileKnown = false;
        return this.land(locate(this.files, this.baseAddr, count));
      case 'erase':
        this.writable();
        await this.truncateHere();
        return;
      default:
        throw this.err('ENOSYS', `${op} is not supported by a directory tape`);
    }
  }

  private land(l: Landing): void {
    this.f = l.f;
    this.r = l.r;
    this.blockKnown = l.blockKnown;
    this.eofState = l.endOfData ? 'end-of-data' : l.crossed ? 'filemark-crossed' : 'none';
    // Back at BOT st knows where it is again, whatever happened before.
    if (l.f === 0 && l.r === 0) this.fileKnown = this.blockKnown = true;
    if (l.stopped !== undefined) throw this.err('EIO', l.stopped);
  }

  /** Flips the write-protect state, as remounting the disk read-only would; back to BOT. */
  async setWriteProtected(on: boolean): Promise<void> {
    this.usable();
    await this.filemarkIfWritten();
    await this.flushIndexes();
    await this.handle?.h.close();
    this.handle = null;
    this.o.writeProtected = on || !(await fs.access(this.folder, fs.constants.W_OK).then(() => true, () => false));
    this.land({ f: 0, r: 0, blockKnown: true, crossed: false });
  }

  async status(): Promise<TapeStatus> {
    if (this.closed) throw this.err('EIO', 'the device is closed');
    const loaded = this.online;
    const fileNumber = loaded && this.fileKnown ? this.f : -1;
    return {
      fileNumber,
      blockNumber: loaded && this.blockKnown ? this.r : -1,
      blockSize: this.fixed,
      online: loaded,
      doorOpen: !loaded,
      bot: loaded && this.blockKnown && this.r === 0 && fileNumber === 0,
      // Derived from the numbers, as st derives GMT_BOT and GMT_EOF.
      eof: loaded && this.blockKnown && this.r === 0 && fileNumber > 0,
      eod: loaded && this.eofState === 'end-of-data',
      earlyWarning: loaded && this.usedBytes() > this.gauge.earlyWarningAt,
      writeProtected: this.o.writeProtected,
    };
  }

  async tell(): Promise<number> {
    this.usable();
    return this.baseAddr[this.f]! + this.r;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (this.online) await this.filemarkIfWritten();
      await this.flushIndexes();
    } finally {
      this.closed = true;
      await this.handle?.h.close();
      this.handle = null;
      await this.unlock();
    }
  }
}
