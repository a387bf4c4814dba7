// The virtual tape drive: the Linux st driver's behaviour (tape-semantics.md 6.1), rule by rule,
// over a cartridge file. The drive keeps what st keeps per open device: the block mode, whether
// the last operation was a write (close and some motions then write a filemark first), and the
// position with what st knows about it (tape-position.ts). Where spacing lands is spacing.ts,
// the end-of-medium dance end-of-medium.ts, reads record-reads.ts, the bytes on disk
// loaded-cartridge.ts.
import type { MtOp, RecordsWritten, TapeDevice, TapeLimits, TapeStatus } from '../tape/tape-device.js';
import { TapeError } from '../tape/tape-error.js';
import { FILEMARK_COST_BYTES } from './format.js';
import type { EarlyWarningFlavour } from './end-of-medium.js';
import { LoadedCartridge } from './loaded-cartridge.js';
import { isMotion, move } from './motion.js';
import { PreparedWrites } from './prepared-writes.js';
import { ReadsAhead, readFixed, readRecord, type ChosenReads, type ReadContext } from './record-reads.js';
import { TapePosition } from './tape-position.js';
import { queueBatch, writeBatch, type WriteContext, type WritesAhead } from './write-admission.js';

export interface VirtualTapeOptions {
  /** For messages; default "vtape:<cartridge file>". */
  name?: string;
  /** Which drive's early-warning behaviour to copy (end-of-medium.ts); default 'write-lands'. */
  earlyWarning?: EarlyWarningFlavour;
  /** Smallest record, bytes; default 1. */
  minBlock?: number;
  /** Largest record, bytes; default 16 MiB. */
  maxBlock?: number;
  /** Hears about torn tails cut off and damage found on load; default process.emitWarning. */
  report?: (message: string) => void;
}

const DEFAULT_MAX_BLOCK = 16 * 1024 * 1024;

export class VirtualTape implements TapeDevice {
  readonly name: string;
  private cartridge: LoadedCartridge | null = null;
  private online = false;
  private closed = false;
  /** 0 = variable block mode. */
  private blockSize = 0;
  /** st's "rw == ST_WRITING": close and some motions then write a filemark first. */
  private lastOpWasWrite = false;
  private readonly pos: TapePosition;
  private queue: Promise<unknown> = Promise.resolve();
  /** Operations called and not yet settled. */
  private pending = 0;
  private readonly prepared = new PreparedWrites();
  /** Operations called so far: the number of the last one. */
  private ops = 0;
  /** Whether the last write or writeRecords stopped short of its last record (writeRecordsAfter). */
  private lastWriteStopped = false;
  /**
   * The batch being written by operation `op`, the last one called, when every record of it (and
   * of the batches it is queued behind) got a plain write: where they leave the medium.
   */
  private ahead: ({ op: number } & WritesAhead) | null = null;
  /** The last operation called, when it and all still queued before it are readRecords. */
  private readsUpTo = -1;
  private readonly readsAhead = new ReadsAhead();
  private readonly minBlock: number;
  private readonly maxBlock: number;
  private readonly report: (message: string) => void;

  private constructor(cartridgeFile: string | null, opts: VirtualTapeOptions) {
    this.name = opts.name ?? (cartridgeFile === null ? 'vtape:(no cartridge)' : `vtape:${cartridgeFile}`);
    this.minBlock = opts.minBlock ?? 1;
    this.maxBlock = opts.maxBlock ?? DEFAULT_MAX_BLOCK;
    if (!Number.isSafeInteger(this.minBlock) || !Number.isSafeInteger(this.maxBlock) || this.minBlock < 1 || this.maxBlock < this.minBlock) {
      throw new TapeError('EINVAL', this.name, `block limits must satisfy 1 <= minBlock <= maxBlock, not ${this.minBlock}..${this.maxBlock}`);
    }
    this.pos = new TapePosition(opts.earlyWarning ?? 'write-lands');
    this.report = opts.report ?? ((message) => process.emitWarning(message, { code: 'AFBACKUP_VTAPE' }));
  }

  /** Opens a drive, loaded with the cartridge at BOT, or empty when cartridgeFile is null. */
  static async open(cartridgeFile: string | null, opts: VirtualTapeOptions = {}): Promise<VirtualTape> {
    const tape = new VirtualTape(cartridgeFile, opts);
    if (cartridgeFile !== null) await tape.insert(cartridgeFile);
    return tape;
  }

  /** The cartridge file in the drive (loaded or ejected by offline), or null. */
  get cartridgeFile(): string | null {
    return this.cartridge?.file ?? null;
  }

  limits(): TapeLimits {
    return { minBlock: this.minBlock, maxBlock: this.maxBlock };
  }

  /** What a changer does: puts a cartridge into the empty drive; it is loaded at BOT. */
  insert(cartridgeFile: string): Promise<void> {
    return this.serial(async () => {
      this.checkOpen();
      if (this.cartridge !== null) {
        throw new TapeError('EBUSY', this.name, `the drive holds cartridge ${this.cartridge.file} already; remove it first`);
      }
      this.cartridge = await LoadedCartridge.load(cartridgeFile, this.name, this.report);
      this.online = true;
      this.lastOpWasWrite = false;
      this.pos.moveTo(0, 'known');
    });
  }

  /**
   * What a changer does: takes the cartridge out (after the filemark a pending write calls for,
   * as offline would write it). Resolves to its file, or null when the drive was empty.
   */
  remove(): Promise<string | null> {
    return this.serial(async () => {
      this.checkOpen();
      return this.unloadCartridge();
    });
  }

  write(buf: Uint8Array): Promise<number> {
    return this.serial(async (op) => {
      const { stop } = await this.writeRecordsNow([buf], op);
      if (stop === undefined) return buf.length;
      if ('error' in stop) throw stop.error;
      return stop.bytes;
    });
  }

  /** The records st would write in a row, in one write job (TapeDevice.writeRecords). */
  writeRecords(bufs: readonly Uint8Array[]): Promise<RecordsWritten> {
    return this.serial((op) => this.writeRecordsNow(bufs, op));
  }

  /**
   * TapeDevice.writeRecordsAfter. While the batch before is being written and every record of
   * both gets a plain write (before the early warning), the records go to the writing thread at
   * once, queued behind that batch and written only if it is; otherwise they wait for it.
   */
  writeRecordsAfter(bufs: readonly Uint8Array[]): Promise<RecordsWritten | undefined> {
    const ahead = this.ahead;
    const cartridge = this.cartridge;
    if (ahead !== null && ahead.op === this.ops && cartridge !== null && cartridge.writesEndAt === ahead.end) {
      const queued = queueBatch(this.writeContext(cartridge), bufs, this.prepared, ahead);
      if (queued !== null) {
        const run = this.serial(async (op) => {
          const r = await queued.result;
          if (this.ahead?.op === op) this.ahead = null;
          // the batch before failed on the medium: this one was not written either
          if (this.lastWriteStopped) return undefined;
          if (r.stop === undefined) this.pos.passWrittenRecords(queued.records);
          this.lastWriteStopped = r.stop !== undefined;
          return r;
        });
        this.ahead = { op: this.ops, ...queued.ahead };
        return run;
      }
    }
    return this.serial(async (op) => (this.lastWriteStopped ? undefined : this.writeRecordsNow(bufs, op)));
  }

  /** Computes the payload checksum of the announced record while the one before is written. */
  prepareWrite(buf: Uint8Array): void {
    if (this.cartridge !== null && !this.closed && buf.length > 0) this.prepared.announce(buf, this.cartridge);
  }

  /** TapeDevice.roomBeforeEarlyWarning: from the cartridge's capacity and early-warning zone. */
  roomBeforeEarlyWarning(): number | undefined {
    const cartridge = this.closed || !this.online ? null : this.cartridge;
    if (cartridge === null) return undefined;
    if (this.pos.endOfMedium.pastEarlyWarning) return 0;
    const { capacityBytes, earlyWarningBytes } = cartridge.header;
    return Math.max(0, capacityBytes - earlyWarningBytes - cartridge.index.usedBytes(this.pos.address));
  }

  read(buf: Uint8Array): Promise<number> {
    return this.serial(() => this.readNow(buf));
  }

  /** TapeDevice.readRecords: chosen at once while only such reads are queued (record-reads.ts). */
  readRecords(bufs: readonly Uint8Array[]): Promise<number[]> {
    if (this.pending > 0 && this.readsUpTo !== this.ops) return this.serial(async () => this.readsAhead.settle(this.chooseReads(bufs), this.pos));
    const chosen = this.chooseReads(bufs);
    const run = this.serial(async () => this.readsAhead.settle(chosen, this.pos));
    this.readsUpTo = this.ops;
    return run;
  }

  private chooseReads(bufs: readonly Uint8Array[]): ChosenReads {
    const cartridge = this.closed || !this.online ? null : this.cartridge;
    const chosen = this.readsAhead.choose(cartridge === null ? null : this.readContext(cartridge), bufs);
    if (chosen.lengths.length > 0) {
      this.lastOpWasWrite = false;
      this.prepared.clear();
    }
    return chosen;
  }

  /** What the reads need of the drive. */
  private readContext(cartridge: LoadedCartridge): ReadContext {
    return { name: this.name, cartridge, pos: this.pos, blockSize: this.blockSize, minBlock: this.minBlock };
  }

  /** What the writes need of the drive. */
  private writeContext(cartridge: LoadedCartridge): WriteContext {
    return { ...this.readContext(cartridge), maxBlock: this.maxBlock };
  }

  async op(op: MtOp, count = 1): Promise<void> {
    const done = await this.serial(() => this.opNow(op, count));
    if (done) await done.flushed;
  }

  status(): Promise<TapeStatus> {
    return this.serial(async () => this.statusNow());
  }

  tell(): Promise<number> {
    return this.serial(async () => {
      this.medium();
      this.pos.blockRemainder = null;
      return this.pos.address;
    });
  }

  close(): Promise<void> {
    return this.serial(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.unloadCartridge();
    });
  }

  /**
   * One operation at a time, in call order, like one file descriptor on one drive. An idle drive
   * starts the operation at once, so that a write is on its way to the thread pool before the
   * caller goes on.
   */
  private serial<T>(fn: (op: number) => Promise<T>): Promise<T> {
    this.pending++;
    const op = ++this.ops;
    const run = this.pending === 1 ? fn(op) : this.queue.then(() => fn(op));
    const done = (): void => {
      this.pending--;
    };
    this.queue = run.then(done, done);
    return run;
  }

  private checkOpen(): void {
    if (this.closed) throw new TapeError('EIO', this.name, 'the drive is closed; open it again');
  }

  /** The loaded, online cartridge, or the EIO st gives without one. */
  private medium(): LoadedCartridge {
    this.checkOpen();
    if (this.cartridge === null) throw new TapeError('EIO', this.name, 'no cartridge in the drive');
    if (!this.online) throw new TapeError('EIO', this.name, `cartridge ${this.cartridge.file} is unloaded (offline); load it first`);
    return this.cartridge;
  }

  private async unloadCartridge(): Promise<string | null> {
    this.prepared.clear();
    const cartridge = this.cartridge;
    if (cartridge === null) return null;
    let failure: unknown = null;
    if (this.online && this.lastOpWasWrite) {
      try {
        await this.writeFilemarks(cartridge, 1, true);
      } catch (e) {
        failure = e;
      }
    }
    this.cartridge = null;
    this.online = false;
    this.lastOpWasWrite = false;
    await cartridge.unload();
    if (failure !== null) throw failure;
    return cartridge.file;
  }

  private statusNow(): TapeStatus {
    this.checkOpen();
    const cartridge = this.cartridge;
    if (cartridge === null || !this.online) {
      return {
        fileNumber: -1, blockNumber: -1, blockSize: this.blockSize, online: false, doorOpen: true,
        bot: false, eof: false, eod: false, earlyWarning: false, writeProtected: false,
      };
    }
    // st flushes its read buffer for MTIOCGET: the rest of a partly read fixed block is lost.
    this.pos.blockRemainder = null;
    const fileNumber = this.pos.fileNumber(cartridge.index);
    const blockNumber = this.pos.blockNumber(cartridge.index);
    return {
      fileNumber,
      blockNumber,
      blockSize: this.blockSize,
      online: true,
      doorOpen: false,
      // Derived as st derives GMT_BOT and GMT_EOF, from the numbers.
      bot: blockNumber === 0 && fileNumber === 0,
      eof: blockNumber === 0 && fileNumber !== 0,
      eod: this.pos.eof === 'end-of-data',
      earlyWarning: this.pos.endOfMedium.pastEarlyWarning,
      writeProtected: cartridge.writeProtected,
    };
  }

  /**
   * Admits the records as single writes would be, then writes them in one job (write-admission.ts).
   * A batch that every record passes plainly can have the next one queued behind it (`op`).
   */
  private async writeRecordsNow(bufs: readonly Uint8Array[], op: number): Promise<RecordsWritten> {
    let cartridge: LoadedCartridge;
    try {
      cartridge = this.medium();
    } catch (error) {
      this.lastWriteStopped = bufs.length > 0;
      return bufs.length > 0 ? { written: 0, stop: { error } } : { written: 0 };
    }
    const r = await writeBatch(this.writeContext(cartridge), bufs, this.prepared, () => {
      this.lastOpWasWrite = true;
    }, (ahead) => {
      this.ahead = { op, ...ahead };
    });
    if (this.ahead?.op === op) this.ahead = null;
    this.lastWriteStopped = r.stop !== undefined;
    return r;
  }

  private async readNow(buf: Uint8Array): Promise<number> {
    const cartridge = this.medium();
    // As st: a count of 0 returns 0 at once, which a caller must not take for a filemark.
    if (buf.length === 0) return 0;
    if (this.blockSize === 0 && buf.length < this.minBlock) {
      throw new TapeError('EINVAL', this.name, `a read of ${buf.length} bytes is below the drive's minimum block of ${this.minBlock}`);
    }
    this.lastOpWasWrite = false;
    this.prepared.clear();
    this.pos.endOfMedium.reset();
    const c = this.readContext(cartridge);
    return this.blockSize === 0 ? readRecord(c, buf) : readFixed(c, buf);
  }

  /** Resolves, for MTWEOF, to the fsync that op() still waits for once the queue has moved on. */
  private async opNow(op: MtOp, count: number): Promise<{ flushed: Promise<void> } | void> {
    if (!Number.isSafeInteger(count) || count < 0) throw new TapeError('EINVAL', this.name, `${op}: count must be a non-negative integer, not ${count}`);
    switch (op) {
      case 'setblk':
        return this.setBlockSize(count);
      case 'load':
        return this.load();
      case 'nop':
        this.medium();
        return;
    }
    const cartridge = this.medium();
    let n = count;
    // Rule 5: these motions after a write first end the file, and st spaces over that filemark too.
    // If that filemark fails (physical end), st stays in the write state: the motion fails again.
    if (this.lastOpWasWrite && (op === 'rewind' || op === 'offline' || op === 'seek' || op === 'bsf' || op === 'bsfm')) {
      await this.writeFilemarks(cartridge, 1, true);
      if (op === 'bsf' || op === 'bsfm') n++;
    }
    this.lastOpWasWrite = false;
    if (isMotion(op)) return move(this.pos, cartridge, this.name, op, n);
    switch (op) {
      case 'rewind':
        this.pos.moveTo(0, 'known');
        return;
      case 'offline':
        this.pos.moveTo(0, 'known');
        this.online = false;
        return;
      case 'weofi':
        return this.writeFilemarks(cartridge, n, false);
      case 'weof':
        // its fsync, started after the filemarks, holds op() but not the queue (as a drive emptying its buffer)
        await this.writeFilemarks(cartridge, n, false);
        return { flushed: cartridge.syncInBackground() };
      case 'erase':
        if (cartridge.writeProtected) throw new TapeError('EACCES', this.name, `cartridge ${cartridge.file} is write-protected`);
        await cartridge.truncate(this.pos.address);
        this.pos.moveTo(this.pos.address, 'keep');
        return;
    }
  }

  /** MTWEOF/MTWEOFI and the implicit filemark of close and rule 5; EIO when the medium is full. */
  private async writeFilemarks(cartridge: LoadedCartridge, count: number, flush: boolean): Promise<void> {
    if (cartridge.writeProtected) throw new TapeError('EACCES', this.name, `cartridge ${cartridge.file} is write-protected`);
    if (count === 0) {
      if (flush) await cartridge.sync();
      return;
    }
    const damage = cartridge.damageAt(this.pos.address);
    if (damage) throw damage;
    const room = this.pos.endOfMedium.atPhysicalEnd ? 0 : cartridge.header.capacityBytes - cartridge.index.usedBytes(this.pos.address);
    const fit = Math.min(count, Math.floor(Math.max(room, 0) / FILEMARK_COST_BYTES));
    if (fit > 0) {
      await cartridge.writeFilemarks(this.pos.address, fit, flush);
      // st: filemarks written in the early-warning zone end the ENOSPC alternation (ST_NOEOF).
      this.pos.moveTo(this.pos.address + fit, 'known');
    }
    if (fit < count) throw new TapeError('EIO', this.name, 'cannot write a filemark: physical end of medium');
  }

  private setBlockSize(size: number): void {
    if (size !== 0 && (size < this.minBlock || size > this.maxBlock)) {
      throw new TapeError('EINVAL', this.name, `block size ${size} is outside the drive's limits ${this.minBlock}..${this.maxBlock}`);
    }
    this.blockSize = size;
    this.pos.blockRemainder = null;
  }

  private load(): void {
    this.checkOpen();
    if (this.cartridge === null) throw new TapeError('EIO', this.name, 'no cartridge in the drive to load');
    this.online = true;
    this.lastOpWasWrite = false;
    this.pos.moveTo(0, 'known');
  }
}
