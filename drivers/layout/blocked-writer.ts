// Cuts a byte stream into the fixed-size blocks of a data tape file (FORMAT.md §4), each one tape
// record with a checksummed header, and writes them through a TapeRecordWriter so the caller
// learns about the logical end of medium with every write. Full blocks go to the drive in small
// batches (TapeRecordWriter.writeRecords), up to two at a time, while the next ones are filled.
import type { TapeDevice } from '../tape/tape-device.js';
import type { RecordsWriteResult, TapeRecordWriter } from '../tape/tape-writer.js';
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

/** A sealed block: its record and where its stream bytes lie in it. */
interface Block {
  record: Buffer;
  dataStart: number;
  fill: number;
}

/** Blocks handed to the drive in one TapeRecordWriter.writeRecords call. */
interface Batch {
  blocks: Block[];
  /** Never rejects: a failure is in the result. */
  outcome: Promise<RecordsWriteResult>;
  /** The outcome is in, so the next batch can go without waiting. */
  done: boolean;
}

/**
 * Most blocks handed to the drive at once. Batches amortise the hand-off to the drive's thread
 * (the virtual tape writes a batch in one job of the cartridge's writing thread; on a VM, waking
 * a thread costs about as long as writing a MiB to the page cache) while the next batch is
 * filled. The early warning is only learnt once the batch that crosses it is written, and up to
 * three batches are outstanding (two in flight, one being filled); but a call fills at most the
 * blocks its bytes make and single-block batches go one at a time, so a caller that must act on
 * the early warning within a block (afserver: a small cartridge's zone can be a block or two)
 * writes at most one block's payload per call, and one that writes 4 MiB per call gets batches
 * of 4 MiB.
 */
const MAX_BATCH_BLOCKS = 16;
/** And at most this many bytes per batch: blocks of 4 MiB and more go one at a time. */
const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/**
 * Batches handed to the drive at once, when they hold several blocks each: the drive goes on to
 * the next as soon as one is written, without waiting for this thread to hear of it and hand it
 * more (on a busy machine the wake-up of a thread can wait milliseconds for a core).
 */
const MAX_IN_FLIGHT = 2;

/**
 * The block buffers a finished tape file leaves, by drive: the next tape file on the drive takes
 * them instead of fresh, zeroed memory (a small backup session would otherwise fault in a few
 * MiB of new pages, and leave them to the garbage collector). As many as one writer holds at once.
 */
const leftBlocks = new WeakMap<TapeDevice, { blockSize: number; buffers: Buffer[] }>();

export class BlockedWriter {
  readonly blockSize: number;
  /** Blocks per batch. Up to three batches are in memory: two being written, one being filled. */
  private readonly batchBlocks: number;
  /** Buffers of written batches, reused for the blocks to come. */
  private readonly spare: Buffer[] = [];
  /** The block being filled. */
  private current: Buffer;
  private fill = BLOCK_HEADER_LENGTH;
  /** Where stream bytes start in the current block (after the tape file header in block 0). */
  private dataStart = BLOCK_HEADER_LENGTH;
  private firstFlags = 0;
  private block = 0;
  /** Sealed blocks waiting for the batch in flight, in tape order. */
  private sealed: Block[] = [];
  /** Batches handed to the drive and not yet settled, oldest first. */
  private inFlight: Batch[] = [];
  private busy = false;
  private state: 'open' | 'finished' | 'failed' = 'open';
  private leftover: Uint8Array = new Uint8Array(0);
  private acknowledged = 0;

  /**
   * Blocks a call that fills `callBlocks` of them can leave handed to the drive and not yet seen
   * written, its own included: how far past its early-warning point the drive may be when the
   * writer learns of it.
   */
  static blocksInFlight(callBlocks: number): number {
    return (MAX_IN_FLIGHT + 1) * callBlocks;
  }

  constructor(
    readonly recordWriter: TapeRecordWriter,
    opts: BlockedWriterOptions = {},
  ) {
    this.blockSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
    checkBlockSize(this.blockSize, recordWriter.dev.limits().maxBlock, recordWriter.dev.name);
    this.batchBlocks = Math.max(1, Math.min(MAX_BATCH_BLOCKS, Math.floor(MAX_BATCH_BYTES / this.blockSize)));
    const left = leftBlocks.get(recordWriter.dev);
    if (left?.blockSize === this.blockSize) this.spare.push(...left.buffers.splice(0));
    // every byte of a block is written before it is sealed (the last one is zero-padded)
    this.current = this.spare.pop() ?? Buffer.alloc(this.blockSize);
    const h = opts.tapeFileHeader;
    if (h) {
      if (BLOCK_HEADER_LENGTH + h.length > this.blockSize) throw new RangeError(`tape file header of ${h.length} bytes does not fit a ${this.blockSize}-byte block`);
      this.current.set(h, BLOCK_HEADER_LENGTH);
      this.fill = this.dataStart = BLOCK_HEADER_LENGTH + h.length;
      this.firstFlags = BlockFlag.tapeFileHeader;
    }
  }

  /** Where the next stream byte will land. */
  tell(): BlockPosition {
    return { block: this.block, offsetInBlock: this.fill - BLOCK_HEADER_LENGTH };
  }

  /** Stream bytes of this tape file known to be on tape (blocks still being written are not counted yet). */
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
   * finished. Every full block is handed to the drive before this resolves, the blocks this call
   * filled in batches of up to sixteen (at most 4 MiB: larger calls batch better); the last one
   * or two batches are still being written, so that the caller can produce more meanwhile. A
   * failure of them rejects a later call.
   */
  async write(buf: Uint8Array): Promise<WriteResult> {
    this.enter();
    let at = 0;
    try {
      while (at < buf.length) {
        const n = Math.min(buf.length - at, this.blockSize - this.fill);
        this.current.set(buf.subarray(at, at + n), this.fill);
        this.fill += n;
        at += n;
        if (this.fill === this.blockSize) await this.seal(0, buf.subarray(at));
      }
      // every full block goes to the drive before this resolves, as a batch of what this call filled
      if (this.sealed.length > 0) await this.pump(new Uint8Array(0), true);
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
      this.current.fill(0, this.fill);
      const none = new Uint8Array(0);
      await this.seal(f, none);
      while (this.sealed.length > 0) await this.pump(none, true);
      while (this.inFlight.length > 0) await this.settle(none);
      await this.recordWriter.writeFilemark({ flush: flags.flush ?? false });
      this.state = 'finished';
      this.leaveBlocks();
    } finally {
      this.busy = false;
    }
    return { logicalEndOfMedium: this.recordWriter.logicalEndOfMedium };
  }

  /** Hands the block buffers, none of them in flight any more, to the drive's next tape file. */
  private leaveBlocks(): void {
    this.spare.push(this.current);
    const most = BlockedWriter.blocksInFlight(this.batchBlocks) + 1;
    leftBlocks.set(this.recordWriter.dev, { blockSize: this.blockSize, buffers: this.spare.splice(0, most) });
  }

  private enter(): void {
    if (this.state !== 'open') {
      throw new Error(this.state === 'failed' ? 'tape file writer hit the end of medium; continue on another cartridge' : 'tape file already finished');
    }
    if (this.busy) throw new Error('BlockedWriter: write while a previous write is still pending (await each call)');
    this.busy = true;
  }

  /**
   * Seals the current block and queues it; the drive hears of it at once, so that it can prepare
   * it while earlier blocks are written. Then starts the next batch if the drive is free, or
   * waits for it once a whole batch is queued, and takes a fresh buffer for the next block.
   * `rest`: the caller's bytes not yet in a block, for unwritten().
   */
  private async seal(extraFlags: number, rest: Uint8Array): Promise<void> {
    const record = this.current;
    sealBlock(record, this.block, this.firstFlags | extraFlags, this.fill - BLOCK_HEADER_LENGTH);
    this.recordWriter.prepareRecord(record);
    this.sealed.push({ record, dataStart: this.dataStart, fill: this.fill });
    this.block++;
    this.fill = this.dataStart = BLOCK_HEADER_LENGTH;
    this.firstFlags = 0;
    await this.pump(rest, this.sealed.length >= this.batchBlocks);
    this.current = this.spare.pop() ?? Buffer.alloc(this.blockSize);
  }

  /**
   * Hands the queued blocks to the drive as the next batch when it has nothing to write, or, when
   * `wait`, once there is room: behind the batch in flight if both hold several blocks (the drive
   * then goes from one to the next without waiting for this thread, which a busy machine can keep
   * from running for a while), else once that batch is written. Batches already written are
   * settled on the way.
   */
  private async pump(rest: Uint8Array, wait: boolean): Promise<void> {
    while (this.inFlight[0]?.done) await this.settle(rest);
    if (this.sealed.length === 0) return;
    if (this.inFlight.length > 0) {
      if (!wait) return;
      const next = Math.min(this.sealed.length, this.batchBlocks);
      const behind = this.inFlight.length < MAX_IN_FLIGHT && next > 1 && this.inFlight.every((b) => b.blocks.length > 1);
      if (!behind) {
        await this.settle(rest);
        return this.pump(rest, wait);
      }
    }
    const blocks = this.sealed.splice(0, this.batchBlocks);
    const batch: Batch = {
      blocks,
      outcome: this.recordWriter.writeRecords(blocks.map((b) => b.record)).then((r) => {
        batch.done = true;
        return r;
      }),
      done: false,
    };
    this.inFlight.push(batch);
  }

  /**
   * Waits for the oldest batch in flight. If a block of it failed, everything from that block on
   * (the rest of the batch, the batches behind it, which the drive then does not write, the
   * queued blocks, the current block's stream bytes, and `rest` of the caller's buffer) becomes
   * unwritten() and the error is thrown.
   */
  private async settle(rest: Uint8Array): Promise<void> {
    const batch = this.inFlight[0];
    if (!batch) return;
    const r = await batch.outcome;
    this.inFlight.shift();
    for (const b of batch.blocks.slice(0, r.written)) {
      this.acknowledged += b.fill - b.dataStart;
      this.spare.push(b.record);
    }
    if (r.failure === undefined) return;
    const behind = this.inFlight.splice(0);
    for (const later of behind) await later.outcome;
    const lost = [...batch.blocks.slice(r.written), ...behind.flatMap((b) => b.blocks), ...this.sealed];
    const parts: Uint8Array[] = lost.map((b) => b.record.subarray(b.dataStart, b.fill));
    parts.push(this.current.subarray(this.dataStart, this.fill), rest);
    const left = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      left.set(p, at);
      at += p.length;
    }
    this.leftover = left;
    this.state = 'failed';
    throw r.failure;
  }
}
