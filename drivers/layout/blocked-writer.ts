// Cuts a byte stream into the fixed-size blocks of a data tape file (FORMAT.md §4), each one tape
// record with a checksummed header, and writes them through a TapeRecordWriter so the caller
// learns about the logical end of medium with every write.
import type { TapeRecordWriter } from '../tape/tape-writer.js';
import { BLOCK_HEADER_LENGTH, BlockFlag, DEFAULT_BLOCK_SIZE, checkBlockSize, sealBlock } from './block-format.js';

export interface BlockedWriterOptions {
  /** Record size in bytes (default 256 KiB). */
  blockSize?: number;
  /** An encoded tape file header (tape-file-header.ts) to put at the start of block 0. */
  tapeFileHeader?: Uint8Array;
}

export interface WriteResult {
  /** Past the early-warning point: finish this tape file soon and continue on another cartridge. */
  logicalEndOfMedium: boolean;
}

/** How the tape file ends (FORMAT.md §4.2). */
export interface FinishFlags {
  /** The stream ends here. */
  endOfStream?: boolean;
  /** The stream continues in a tape file on another cartridge. */
  continued?: boolean;
  /** Wait for the drive to put everything on the medium (MTWEOF instead of MTWEOFI). */
  flush?: boolean;
}

/** Where the next byte lands: block number within the tape file, byte offset in its payload. */
export interface BlockPosition {
  block: number;
  offsetInBlock: number;
}

/** A sealed block handed to the drive, and what to do if it does not get there. */
interface InFlight {
  record: Buffer;
  dataStart: number;
  fill: number;
  /** Resolves to undefined once on tape, or to the error; never rejects. */
  outcome: Promise<unknown>;
}

export class BlockedWriter {
  readonly blockSize: number;
  /** Two block buffers: one is filled while the other is being written. */
  private readonly records: [Buffer, Buffer];
  private current = 0;
  private fill = BLOCK_HEADER_LENGTH;
  /** Where stream bytes start in the current block (after the tape file header in block 0). */
  private dataStart = BLOCK_HEADER_LENGTH;
  private firstFlags = 0;
  private block = 0;
  private inFlight: InFlight | undefined;
  private busy = false;
  private state: 'open' | 'finished' | 'failed' = 'open';
  private leftover: Uint8Array = new Uint8Array(0);
  private acknowledged = 0;

  constructor(
    readonly recordWriter: TapeRecordWriter,
    opts: BlockedWriterOptions = {},
  ) {
    this.blockSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
    checkBlockSize(this.blockSize, recordWriter.dev.limits().maxBlock, recordWriter.dev.name);
    this.records = [Buffer.alloc(this.blockSize), Buffer.alloc(this.blockSize)];
    const h = opts.tapeFileHeader;
    if (h) {
      if (BLOCK_HEADER_LENGTH + h.length > this.blockSize) throw new RangeError(`tape file header of ${h.length} bytes does not fit a ${this.blockSize}-byte block`);
      this.records[0].set(h, BLOCK_HEADER_LENGTH);
      this.fill = this.dataStart = BLOCK_HEADER_LENGTH + h.length;
      this.firstFlags = BlockFlag.tapeFileHeader;
    }
  }

  /** Where the next stream byte will land. */
  tell(): BlockPosition {
    return { block: this.block, offsetInBlock: this.fill - BLOCK_HEADER_LENGTH };
  }

  /** Stream bytes of this tape file known to be on tape (the block being written is not counted yet). */
  get bytesOnTape(): number {
    return this.acknowledged;
  }

  /**
   * After a rejection with ENOSPC (physical end of medium) or another drive error: the stream
   * bytes that did not reach this cartridge, in order, to be written first to the continuation
   * on the next cartridge.
   */
  unwritten(): Uint8Array {
    if (this.state !== 'failed') throw new Error('unwritten() is only meaningful after a write was rejected');
    return this.leftover;
  }

  /**
   * Adds stream bytes. The bytes of a partly filled block wait until it fills or the tape file is
   * finished; the last full block is still being written when this resolves, so that the caller
   * can produce more meanwhile. A failure of that block rejects the next call.
   */
  async write(buf: Uint8Array): Promise<WriteResult> {
    this.enter();
    let at = 0;
    try {
      while (at < buf.length) {
        const n = Math.min(buf.length - at, this.blockSize - this.fill);
        this.records[this.current].set(buf.subarray(at, at + n), this.fill);
        this.fill += n;
        at += n;
        if (this.fill === this.blockSize) await this.send(0, buf.subarray(at));
      }
    } finally {
      this.busy = false;
    }
    return { logicalEndOfMedium: this.recordWriter.logicalEndOfMedium };
  }

  /**
   * Writes the last block (zero-padded, flagged) and the filemark. Resolves once everything is
   * on tape. The writer is done afterwards; the next tape file needs a new BlockedWriter.
   */
  async finishTapeFile(flags: FinishFlags = {}): Promise<WriteResult> {
    this.enter();
    try {
      const f = BlockFlag.lastBlock | (flags.endOfStream ? BlockFlag.endOfStream : 0) | (flags.continued ? BlockFlag.continued : 0);
      this.records[this.current].fill(0, this.fill);
      const none = new Uint8Array(0);
      await this.send(f, none);
      await this.settle(none);
      await this.recordWriter.writeFilemark({ flush: flags.flush ?? false });
      this.state = 'finished';
    } finally {
      this.busy = false;
    }
    return { logicalEndOfMedium: this.recordWriter.logicalEndOfMedium };
  }

  private enter(): void {
    if (this.state !== 'open') {
      throw new Error(this.state === 'failed' ? 'tape file writer hit the end of medium; continue on another cartridge' : 'tape file already finished');
    }
    if (this.busy) throw new Error('BlockedWriter: write while a previous write is still pending (await each call)');
    this.busy = true;
  }

  /**
   * Seals the current block and starts writing it, once the block before it is on tape. The
   * drive hears of it first, so that it can prepare it while the block before is written.
   */
  private async send(extraFlags: number, rest: Uint8Array): Promise<void> {
    const record = this.records[this.current];
    sealBlock(record, this.block, this.firstFlags | extraFlags, this.fill - BLOCK_HEADER_LENGTH);
    this.recordWriter.prepareRecord(record);
    await this.settle(rest);
    this.inFlight = {
      record,
      dataStart: this.dataStart,
      fill: this.fill,
      outcome: this.recordWriter.writeRecord(record).then(
        () => undefined,
        (e: unknown) => e ?? new Error('record write failed'),
      ),
    };
    this.current ^= 1;
    this.block++;
    this.fill = this.dataStart = BLOCK_HEADER_LENGTH;
    this.firstFlags = 0;
  }

  /**
   * Waits for the block in flight. If it failed, everything from it on (it, the current block's
   * stream bytes, and `rest` of the caller's buffer) becomes unwritten() and the error is thrown.
   */
  private async settle(rest: Uint8Array): Promise<void> {
    const f = this.inFlight;
    if (!f) return;
    const error = await f.outcome;
    this.inFlight = undefined;
    if (error === undefined) {
      this.acknowledged += f.fill - f.dataStart;
      return;
    }
    const parts = [f.record.subarray(f.dataStart, f.fill), this.records[this.current].subarray(this.dataStart, this.fill), rest];
    const left = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      left.set(p, at);
      at += p.length;
    }
    this.leftover = left;
    this.state = 'failed';
    throw error;
  }
}
