// Reads the blocks of one data tape file (FORMAT.md §4) from the current tape position up to its
// filemark, verifies each block's header and checksum, and hands out the payload bytes. A damaged
// or missing block is reported with its block number and reading goes on with the next one, so
// one bad spot on a cartridge costs only the data in it.
import type { TapeDevice } from '../tape/tape-device.js';
import { isTapeError } from '../tape/tape-error.js';
import { BLOCK_HEADER_LENGTH, BlockFlag, DEFAULT_BLOCK_SIZE, openBlock } from './block-format.js';
import { tapeFileHeaderLength } from './tape-file-header.js';

export interface BlockDamage {
  /** Block number within the tape file. */
  block: number;
  reason: string;
}

export type ReadBlock =
  | {
      kind: 'data';
      block: number;
      flags: number;
      /** The block's payload (valid bytes only). */
      payload: Buffer;
      /** Offset in `payload` where stream bytes start (after a tape file header in block 0). */
      dataStart: number;
    }
  | ({ kind: 'damaged' } & BlockDamage);

/** How reading the tape file ended. */
export interface TapeFileEnd {
  /** The tape file's last block was read intact. */
  complete: boolean;
  endOfStream: boolean;
  /** The stream continues on another cartridge. */
  continued: boolean;
  /** What stopped the reader: its filemark, or the end of recorded data (no filemark). */
  stoppedAt: 'filemark' | 'end-of-data';
}

export interface BlockedReaderOptions {
  /** Expected record size; larger records are still read (see FORMAT.md §6). Default 256 KiB. */
  blockSize?: number;
  /** Number of the block at the current tape position (default 0: start of the tape file). */
  firstBlock?: number;
  /** Payload bytes of the first block read to skip (a position from BlockedWriter.tell()). */
  offsetInBlock?: number;
  /** Called for every damaged or missing block, in order. */
  onDamage?: (d: BlockDamage) => void;
}

/** Bytes of record buffers handed back with release() and kept for the next reads (at least one). */
const SPARE_BYTES = 8 << 20;
/**
 * While streaming from a device with readRecords: bytes and records per call, and calls
 * outstanding. Two calls of 2 MiB (8 blocks of 256 KiB) are read at once (each on a thread of its
 * own, on two cores) while the blocks read before are checked and handed out. Large records (up
 * to the drive's maximum block) get fewer per call, so that they do not multiply the memory held;
 * small ones no more than 8, so that released buffers come back into use soon.
 */
const BATCH_BYTES = 2 << 20;
const BATCH_MAX_RECORDS = 8;
const BATCHES_AHEAD = 2;

export class BlockedReader implements AsyncIterable<Uint8Array> {
  private bufferSize: number;
  /** Record buffers released by the consumer, reused by the next reads. */
  private readonly spare: Buffer[] = [];
  /** The memory of the records read and not yet released (its own, whole): only these are taken back. */
  private readonly lent = new WeakSet<ArrayBufferLike>();
  private expected: number;
  private skip: number | undefined;
  private held: ReadBlock | undefined;
  private streaming = false;
  private readAhead: Promise<{ record: Buffer } | { error: unknown }> | undefined;
  /** readRecords calls outstanding, oldest first: their buffers and what they read. */
  private batches: { bufs: Buffer[]; lengths: Promise<number[]> }[] = [];
  /** Records read by readRecords and not yet handed out, in order. */
  private ready: Buffer[] = [];
  /** A readRecords call read fewer than asked: what comes next is read with read(), as st gives it. */
  private batchStopped = false;
  /** A record read past a gap, handed out once the gap is reported. */
  private pendingRecord: Buffer | undefined;
  private done = false;
  private last: { flags: number } | undefined;
  private stoppedAt: TapeFileEnd['stoppedAt'] = 'filemark';
  /** Every damaged or missing block reported so far. */
  readonly damaged: BlockDamage[] = [];
  /** Blocks seen twice (a retried write in the early-warning zone, FORMAT.md §7) and dropped. */
  duplicates = 0;

  constructor(
    readonly dev: TapeDevice,
    private readonly opts: BlockedReaderOptions = {},
  ) {
    this.bufferSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
    this.expected = opts.firstBlock ?? 0;
    this.skip = opts.offsetInBlock;
  }

  /** Valid once iteration has finished. */
  end(): TapeFileEnd {
    if (!this.done) throw new Error('BlockedReader.end() called before the tape file was read to its end');
    const f = this.last?.flags ?? 0;
    return {
      complete: this.last !== undefined,
      endOfStream: (f & BlockFlag.endOfStream) !== 0,
      continued: (f & BlockFlag.continued) !== 0,
      stoppedAt: this.stoppedAt,
    };
  }

  /** Makes `b` the next block handed out again (used to look at block 0 first). */
  unshift(b: ReadBlock): void {
    this.held = b;
  }

  /**
   * Declares that the tape has been moved to block `block` of this tape file, whose payload is
   * to be read from `offsetInBlock` on.
   */
  repositioned(block: number, offsetInBlock = 0): void {
    if (this.readAhead || this.batches.length > 0 || this.ready.length > 0) throw new Error('BlockedReader.repositioned() while iterating');
    this.expected = block;
    this.skip = offsetInBlock;
    this.held = undefined;
    this.pendingRecord = undefined;
  }

  /** The next good or damaged block, or undefined at the end of the tape file. */
  async nextBlock(): Promise<ReadBlock | undefined> {
    if (this.held) {
      const b = this.held;
      this.held = undefined;
      return b;
    }
    for (;;) {
      if (this.done) return undefined;
      const rec = await this.readRecord();
      if (rec === undefined) return undefined;
      if ('damaged' in rec) return this.damage(this.expected++, rec.damaged);
      const opened = openBlock(rec);
      if (!opened.ok) return this.damage(this.expected++, opened.reason);
      const h = opened.header;
      if (this.last) return this.damage(h.block, 'block after the last block of the tape file');
      if (h.block < this.expected) {
        this.duplicates++;
        continue;
      }
      if (h.block > this.expected) {
        // report the gap now, and hand out this block next time
        const missing = this.expected;
        this.expected++;
        this.pendingRecord = rec;
        return this.damage(missing, `block missing (the next block on tape is ${h.block})`);
      }
      this.expected = h.block + 1;
      this.bufferSize = Math.max(this.bufferSize, h.recordLength);
      if (h.flags & BlockFlag.lastBlock) this.last = { flags: h.flags };
      const payload = rec.subarray(BLOCK_HEADER_LENGTH, BLOCK_HEADER_LENGTH + h.payloadLength);
      let dataStart = 0;
      if (h.flags & BlockFlag.tapeFileHeader) {
        try {
          dataStart = tapeFileHeaderLength(payload);
        } catch (e) {
          return this.damage(h.block, (e as Error).message);
        }
      }
      return { kind: 'data', block: h.block, flags: h.flags, payload, dataStart };
    }
  }

  /**
   * Every block in order, good or damaged. While iterating, the reader reads ahead of the
   * consumer (one record; on a device with readRecords, up to BATCHES_AHEAD calls of BATCH_RECORDS
   * records, straight into released buffers): stopping early leaves the tape that much further
   * than the last block seen. The batches stop before the filemark, but the one read-ahead after
   * the last block reads it, so a caller that stops there finds the tape past the filemark.
   */
  async *blocks(): AsyncGenerator<ReadBlock> {
    this.streaming = true;
    for (let b = await this.nextBlock(); b; b = await this.nextBlock()) yield b;
  }

  /** The stream bytes; damaged blocks go to onDamage and `damaged` and are skipped. */
  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for await (const b of this.blocks()) {
      if (b.kind === 'damaged') {
        this.opts.onDamage?.({ block: b.block, reason: b.reason });
        continue;
      }
      let from = b.dataStart;
      if (this.skip !== undefined) {
        from = Math.max(from, this.skip);
        this.skip = undefined;
      }
      if (from < b.payload.length) yield b.payload.subarray(from);
    }
  }

  /**
   * Hands back a chunk of the stream or a block's payload that the caller is done with: the
   * record it came from is read into again, sparing fresh memory (a page fault per 4 KiB) for
   * every block. Every view of that record is invalid afterwards: the stream's chunk of that
   * block, and its block's payload; hand each back once. Memory this reader did not read into is
   * ignored.
   */
  release(chunk: Uint8Array): void {
    const memory = chunk.buffer;
    if (!this.lent.has(memory)) return;
    this.lent.delete(memory);
    this.keepSpare(Buffer.from(memory as ArrayBuffer));
  }

  /** Keeps a record buffer for the next reads while it is large enough and SPARE_BYTES allows. */
  private keepSpare(buf: Buffer): void {
    if (buf.length < this.bufferSize) return;
    if (this.spare.length > 0 && (this.spare.length + 1) * buf.length > SPARE_BYTES) return;
    this.spare.push(buf);
  }

  private damage(block: number, reason: string): ReadBlock {
    this.damaged.push({ block, reason });
    return { kind: 'damaged', block, reason };
  }

  /** One record, or a damage marker, or undefined at the filemark / end of data. */
  private async readRecord(): Promise<Buffer | { damaged: string } | undefined> {
    if (this.pendingRecord) {
      const r = this.pendingRecord;
      this.pendingRecord = undefined;
      return r;
    }
    const ahead = this.readAhead;
    this.readAhead = undefined;
    const got = await (ahead ?? this.rawRead());
    if ('error' in got) {
      const e = got.error;
      if (isTapeError(e, 'EIO')) {
        this.done = true;
        this.stoppedAt = 'end-of-data';
        return undefined;
      }
      if (isTapeError(e, 'ENOMEM')) return this.reReadLarger();
      throw e;
    }
    if (got.record.length === 0) {
      this.done = true;
      return undefined;
    }
    // While this block is checked and consumed, the drive already fetches the next one.
    if (this.streaming) this.readAhead = this.rawRead();
    return got.record;
  }

  /** A read that never rejects, so a read-ahead nobody waits for cannot go unhandled. */
  private async rawRead(): Promise<{ record: Buffer } | { error: unknown }> {
    const ready = this.ready.shift();
    if (ready !== undefined) return { record: ready };
    if (this.streaming && this.dev.readRecords && !this.batchStopped) {
      try {
        const record = await this.batchedRead();
        if (record !== undefined) return { record };
      } catch (error) {
        return { error };
      }
    }
    const buf = this.recordBuffer();
    try {
      const record = buf.subarray(0, await this.dev.read(buf));
      // past what stopped the batches (a record larger than the buffers): batches again
      this.batchStopped = record.length === 0;
      return { record };
    } catch (error) {
      return { error };
    }
  }

  /**
   * The next record from the readRecords calls outstanding, which are kept at BATCHES_AHEAD; or
   * undefined once one read fewer records than asked (the records after are then read one by
   * one). Their records go straight into reused buffers, without a copy.
   */
  private async batchedRead(): Promise<Buffer | undefined> {
    const readRecords = this.dev.readRecords!.bind(this.dev);
    while (this.ready.length === 0) {
      if (this.batchStopped) return undefined;
      while (this.batches.length < BATCHES_AHEAD) {
        const records = Math.min(BATCH_MAX_RECORDS, Math.max(1, Math.floor(BATCH_BYTES / this.bufferSize)));
        const bufs = Array.from({ length: records }, () => this.recordBuffer());
        const lengths = readRecords(bufs);
        // awaited below, in order; a failure must not count as unhandled meanwhile
        lengths.catch(() => undefined);
        this.batches.push({ bufs, lengths });
      }
      const batch = this.batches.shift()!;
      let lengths: number[];
      try {
        lengths = await batch.lengths;
      } catch {
        lengths = [];
      }
      lengths.forEach((n, i) => this.ready.push(batch.bufs[i]!.subarray(0, n)));
      for (const b of batch.bufs.slice(lengths.length)) this.giveBack(b);
      if (lengths.length < batch.bufs.length) {
        // the calls behind it read nothing (the device stops every call at the same spot)
        this.batchStopped = true;
        for (const later of this.batches.splice(0)) {
          const read = await later.lengths.catch(() => []);
          if (read.length > 0) throw new Error(`${this.dev.name}: records were read past the point where reading stopped (a device breaking the readRecords order)`);
          for (const b of later.bufs) this.giveBack(b);
        }
      }
    }
    return this.ready.shift();
  }

  /**
   * A buffer for one record: a released one, or a new one with memory of its own (never from
   * Node's shared pool, which small Buffer.allocUnsafe calls use), so that release() can take
   * back the whole of a record's memory and nothing else.
   */
  private recordBuffer(): Buffer {
    let buf = this.spare.pop();
    if (buf === undefined || buf.length < this.bufferSize) buf = Buffer.allocUnsafeSlow(this.bufferSize);
    this.lent.add(buf.buffer);
    return buf;
  }

  /** Takes back a record buffer that nothing was handed out from. */
  private giveBack(buf: Buffer): void {
    this.lent.delete(buf.buffer);
    this.keepSpare(buf);
  }

  /**
   * The record was larger than the buffer: step back over it and read it with the largest buffer,
   * once. The buffers after are sized to the records seen (nextBlock), not to the largest block,
   * which would hold up to 16 MiB per record read ahead.
   */
  private async reReadLarger(): Promise<Buffer | { damaged: string }> {
    const max = this.dev.limits().maxBlock;
    if (this.bufferSize >= max) return { damaged: `record larger than the drive's maximum block (${max} bytes)` };
    try {
      await this.dev.op('bsr', 1);
    } catch {
      return { damaged: `record larger than ${this.bufferSize} bytes, lost (the drive cannot step back over it)` };
    }
    const buf = Buffer.allocUnsafeSlow(max);
    const n = await this.dev.read(buf);
    // keep only the record's bytes, not the largest block, while the consumer holds it
    return Buffer.from(buf.subarray(0, n));
  }
}
