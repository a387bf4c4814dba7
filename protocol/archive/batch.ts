// The writer's unit of work: record heads, chunk data and trailers of consecutive entries packed
// into one input buffer with an op list (see afclient/codec/encode-batch.ts). Many small files
// share one batch, so an encoding job and an output write cover many entries.
import { OP_COPY, OP_STRIDE } from '../../afclient/codec/encode-batch.js';
import { FileReadList, type FileOutcome, type FileRead } from '../../afclient/codec/file-reads.js';
import { fsx } from '../../afclient/fsx.js';
import type { EntryMeta } from './entry.js';
import { BODY_FRAME_LEN, putRecordHead, putTrailer, TRAILER_LEN, type TrailerInfo } from './format.js';

/** Who learns what became of a file the encoding thread read: one function may serve every file. */
export type FileSettle = (o: FileOutcome, meta: EntryMeta) => void;

/**
 * Batch buffers of the standard size, reused once the output has consumed them: allocating a new
 * buffer per batch makes V8 count 4 MiB of new external memory each time, and it answers a few
 * batches of that with "external memory pressure" scavenges and incremental marking, costly while
 * thousands of small files wait in the writer. Content is copied into a batch with fsx.copyBytes
 * (append): one memmove of any part of the content, no subarray made for it.
 */
const { copyBytes } = fsx;

export class BufferPool {
  private readonly free: ArrayBuffer[] = [];

  constructor(readonly size: number) {}

  take(capacity: number): ArrayBufferLike {
    if (capacity > this.size) return new ArrayBuffer(capacity);
    return this.free.pop() ?? new ArrayBuffer(this.size);
  }

  /** Returns a buffer; one-off sizes are left to the garbage collector. */
  give(buffer: ArrayBufferLike): void {
    if (buffer.byteLength === this.size && buffer instanceof ArrayBuffer) this.free.push(buffer);
  }
}

// Thousands of small files can wait in batches at once, and whatever each keeps alive is copied
// by every scavenge of the young generation: a batch keeps its bookkeeping in parallel arrays,
// not in an object per record or file.
export class Batch<E extends { dropped: boolean; meta: EntryMeta }> {
  readonly input: Buffer;
  fill = 0;
  readonly ops: number[] = [];
  /**
   * Marks: per mark, the op index whose output position is recorded (opCount marks the end)
   * times 2, plus 1 at a record's end (0 at its start); and the mark's entry.
   */
  readonly markOps: number[] = [];
  readonly markEntries: E[] = [];
  /** Files the encoding thread reads (OP_FILE_* ops), and per file its entry and who learns its outcome. */
  readonly files = new FileReadList();
  readonly fileEntries: E[] = [];
  readonly fileSettles: FileSettle[] = [];
  /** The chunk being filled: its data starts at `chunkStart` of the input. */
  private chunkStart = -1;
  private chunkOffset = 0;
  private chunkType = 0;
  private chunkLevel = 0;

  constructor(pool: BufferPool, capacity: number) {
    this.input = Buffer.from(pool.take(capacity));
  }

  get room(): number {
    return this.input.length - this.fill;
  }

  get opCount(): number {
    return this.ops.length / OP_STRIDE;
  }

  get chunkOpen(): boolean {
    return this.chunkStart >= 0;
  }

  /** Length of the open chunk so far; its next byte belongs at logical `chunkEnd`. */
  get chunkLen(): number {
    return this.chunkStart < 0 ? 0 : this.fill - this.chunkStart;
  }

  get chunkEnd(): number {
    return this.chunkOffset + this.chunkLen;
  }

  mark(entry: E, end: boolean): void {
    this.markOps.push(this.opCount * 2 + (end ? 1 : 0));
    this.markEntries.push(entry);
  }

  copy(bytes: Uint8Array): void {
    this.closeChunk();
    this.input.set(bytes, this.fill);
    this.ops.push(OP_COPY, this.fill, bytes.length, 0, 0);
    this.fill += bytes.length;
  }

  /** Writes a record head (sync marker, frame, header) in place; needs room for it. */
  head(kind: number, header: Uint8Array): void {
    this.closeChunk();
    const at = this.fill;
    this.fill = putRecordHead(this.input, at, kind, header);
    this.ops.push(OP_COPY, at, this.fill - at, 0, 0);
  }

  /** Writes a trailer in place; needs room for it (TRAILER_LEN). */
  trailer(t: TrailerInfo): void {
    this.closeChunk();
    putTrailer(this.input, this.fill, t);
    this.ops.push(OP_COPY, this.fill, TRAILER_LEN, 0, 0);
    this.fill += TRAILER_LEN;
  }

  /** Opens a chunk at logical `offset`; needs room for its frame and at least one byte. */
  openChunk(type: number, offset: number, level: number): void {
    this.closeChunk();
    this.fill += BODY_FRAME_LEN;
    this.chunkStart = this.fill;
    this.chunkOffset = offset;
    this.chunkType = type;
    this.chunkLevel = level;
  }

  /** Appends to the open chunk as much of `data` as fits; returns the number of bytes taken. */
  append(data: Uint8Array, max: number): number {
    const n = Math.min(data.length, this.room, max);
    copyBytes(this.input, this.fill, data, 0, n);
    this.fill += n;
    return n;
  }

  /**
   * Reserves a frame and room for the walk-time size of a file the encoding thread reads (an
   * OP_FILE_* op, type `type`), and queues the file with its entry and who learns its outcome;
   * needs room for them.
   */
  file(type: number, level: number, read: FileRead, entry: E, settle: FileSettle): void {
    this.closeChunk();
    const size = Number(read.st.size);
    this.fill += BODY_FRAME_LEN;
    this.ops.push(type, this.fill, size, 0, level);
    this.fill += size;
    this.files.add(read);
    this.fileEntries.push(entry);
    this.fileSettles.push(settle);
  }

  /** Tells each file its outcome; marks the entries of files not stored as dropped and returns their number. */
  settleFiles(outcomes: readonly FileOutcome[]): number {
    let dropped = 0;
    outcomes.forEach((o, i) => {
      const entry = this.fileEntries[i]!;
      if (!o.stored) {
        entry.dropped = true;
        dropped++;
      }
      this.fileSettles[i]!(o, entry.meta);
    });
    return dropped;
  }

  /** Takes `n` bytes that were written into the input right behind the open chunk's data. */
  placed(n: number): void {
    this.fill += n;
  }

  closeChunk(): void {
    if (this.chunkStart < 0) return;
    const len = this.fill - this.chunkStart;
    if (len > 0) this.ops.push(this.chunkType, this.chunkStart, len, this.chunkOffset, this.chunkLevel);
    else this.fill -= BODY_FRAME_LEN;
    this.chunkStart = -1;
  }
}

/** Bytes of batches submitted but not yet written: writeEntry waits while it is exhausted. */
export class Budget {
  private used = 0;
  private readonly waiters: Array<{ n: number; go: () => void }> = [];

  constructor(private readonly limit: number) {}

  async acquire(n: number): Promise<void> {
    // One batch larger than the whole budget must still pass, alone.
    if (this.waiters.length === 0 && (this.used + n <= this.limit || this.used === 0)) {
      this.used += n;
      return;
    }
    await new Promise<void>((go) => this.waiters.push({ n, go }));
  }

  release(n: number): void {
    this.used -= n;
    while (this.waiters.length > 0) {
      const w = this.waiters[0]!;
      if (this.used + w.n > this.limit && this.used !== 0) break;
      this.waiters.shift();
      this.used += w.n;
      w.go();
    }
  }
}
