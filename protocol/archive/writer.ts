// Encodes entries into an archive stream. An entry's content goes into the current batch (copied
// from segments, read straight into it: direct-source.ts, or, for a small file, read into it by
// the thread that compresses it: writeFile) and writeEntry returns; full batches go to
// batch-output.ts, which has them compressed on other threads while the caller reads the
// next files, and writes them strictly in submission order within a byte budget: when it is
// exhausted, writing the next entry waits.
import { createHash, type Hash } from 'node:crypto';
import { OP_FILE_RAW, OP_FILE_ZSTD, OP_FILTERED, OP_RAW, OP_ZSTD } from '../../afclient/codec/encode-batch.js';
import type { FileRead } from '../../afclient/codec/file-reads.js';
import { filterStream } from '../../afclient/codec/filter.js';
import { checkCodec, type CodecSpec } from '../../afclient/codec/spec.js';
import { xxh64Into } from '../../afclient/codec/xxh64.js';
import { Batch, BufferPool, type FileSettle } from './batch.js';
import { BatchOutput } from './batch-output.js';
import { failing, segmentsOf, type DirectRead, type DirectSource } from './direct-source.js';
import type { DataSegment, EntryMeta } from './entry.js';
import {
  BODY_FRAME_LEN,
  DEFAULT_CHUNK_SIZE,
  EMPTY_SHA256,
  encodeExtent,
  KIND_END,
  KIND_ENTRY,
  MAX_CHUNK_LEN,
  MAX_HEADER_LEN,
  PIECE_DIGEST_LEN,
  RECORD_HEAD_LEN,
  TRAILER_LEN,
} from './format.js';
import { encodeHeader } from './header.js';
import { entryState, type EntryState } from './record-sums.js';
import { writableSink, type ArchiveWriterOptions } from './writer-io.js';

export type { ArchiveWriterOptions, WrittenEntry } from './writer-io.js';

/** An entry's content: read as it is written, or already in memory. */
type Content = AsyncIterable<DataSegment> | Iterable<DataSegment>;

/** What an entry's trailer tells of its content. */
interface ContentCounts {
  chunks: number;
  dataBytes: number;
  logicalEnd: number;
}

interface ContentState extends ContentCounts {
  /** Where the content ends at most (a regular file's size), Infinity when unknown. */
  sizeHint: number;
  /** Filter entries: the checksum over the piece digests, computed here. */
  pieces: Hash | undefined;
}

const RECORDS_PER_BATCH_BYTES = 1 << 20;
const NO_HEADER = new Uint8Array(0);
/** The trailer of a record without content. */
const EMPTY: ContentCounts = { chunks: 0, dataBytes: 0, logicalEnd: 0 };

/**
 * Output contract: each chunk handed to the output is a view of a reused buffer. Once a sink
 * function's promise has resolved (or a Writable has called back for the write), the writer
 * refills that memory, so an output that keeps chunks beyond that point must copy them.
 */
export class ArchiveWriter {
  /** The codec of entries written without one of their own. */
  readonly codec: CodecSpec;
  private readonly chunkSize: number;
  private readonly batchBytes: number;
  private readonly output: BatchOutput;
  private readonly buffers: BufferPool;
  private batch: Batch<EntryState>;
  private chain: Promise<unknown> = Promise.resolve();
  /** Jobs queued on `chain` and not yet settled: with none, a call may run at once (writeFileNow). */
  private busy = 0;
  private readonly settled = (): void => {
    this.busy--;
  };
  private entryCount = 0;
  private finished = false;

  constructor(out: NodeJS.WritableStream | ((chunk: Buffer) => Promise<void>), opts: ArchiveWriterOptions) {
    checkCodec(opts.codec);
    this.codec = opts.codec;
    this.chunkSize = opts.chunkSize ?? DEFAULT_CHUNK_SIZE;
    if (!Number.isInteger(this.chunkSize) || this.chunkSize < 1 || this.chunkSize > MAX_CHUNK_LEN)
      throw new RangeError(`chunkSize ${this.chunkSize} must be 1..${MAX_CHUNK_LEN} bytes`);
    // Room for one full chunk plus some small records: a batch is one encoding job and one output
    // write (small files' chunks need only their own length of room).
    this.batchBytes = Math.max(2 << 20, this.chunkSize + BODY_FRAME_LEN + (256 << 10));
    this.buffers = new BufferPool(this.batchBytes);
    const sink = typeof out === 'function' ? out : writableSink(out);
    this.output = new BatchOutput(sink, this.buffers, opts.memoryBudget ?? 64 << 20, opts.onWritten);
    this.batch = new Batch(this.buffers, this.batchBytes);
  }

  /**
   * Queues one entry; resolves once its content has been read and queued (not yet written).
   * Records appear in the stream in the order of the calls (of all three write methods). If
   * `content` throws, the record is closed as incomplete (readers report it) and the error is
   * passed on; the writer stays usable.
   */
  writeEntry(meta: EntryMeta, content?: Content, opts?: { codec?: CodecSpec }): Promise<void> {
    return this.enqueue('writeEntry', () => this.encodeEntry(meta, content, opts?.codec ?? this.codec));
  }

  /**
   * Queues a regular file of at most chunkSize bytes (meta.size) whose content `read` places
   * directly into the batch. Resolves to false, with nothing written, when the reader gives up.
   * If `read` throws, the record is stored incomplete without content and the error is passed on.
   */
  writeDirect(meta: EntryMeta, read: DirectRead, opts?: { codec?: CodecSpec }): Promise<boolean> {
    return this.enqueue('writeDirect', () => this.encodeDirect(meta, read, opts?.codec ?? this.codec));
  }

  /**
   * Queues a regular file of at most chunkSize bytes (meta.size) that the encoding thread reads
   * (afclient/codec/file-reads.ts). `settle` learns what became of it (and of which entry: one
   * function can serve every file) once it has been read, before onWritten tells of it. Not for
   * a filter codec (use writeDirect).
   */
  writeFile(meta: EntryMeta, file: FileRead, settle: FileSettle, opts?: { codec?: CodecSpec }): Promise<void> {
    return this.enqueue('writeFile', () => this.encodeFile(meta, file, settle, opts?.codec ?? this.codec));
  }

  /**
   * writeFile without a promise when nothing needs waiting for: when no earlier call is still
   * pending and the current batch has room for the record, the file is queued at once and true is
   * returned; otherwise nothing is done and false is returned, and the caller uses writeFile
   * (which waits for its turn, for room and for the budget). Throws what writeFile would reject
   * with. The record is the same either way.
   */
  writeFileNow(meta: EntryMeta, file: FileRead, settle: FileSettle, opts?: { codec?: CodecSpec }): boolean {
    if (this.finished || this.busy > 0) return false;
    const codec = opts?.codec ?? this.codec;
    const size = this.checkFile(meta, file, codec);
    const header = this.header(meta, codec);
    if (!this.fits(RECORD_HEAD_LEN + header.length + BODY_FRAME_LEN + size + TRAILER_LEN)) return false;
    this.placeFile(meta, file, settle, codec, header, size);
    return true;
  }

  /**
   * writeEntry of an entry without content (a directory, link, device...) without a promise, on
   * writeFileNow's terms: true when queued at once; false when nothing was done and writeEntry is
   * to be used. Throws what writeEntry would reject with. The record is the same either way.
   */
  writeEntryNow(meta: EntryMeta, opts?: { codec?: CodecSpec }): boolean {
    if (this.finished || this.busy > 0) return false;
    const header = this.header(meta, opts?.codec ?? this.codec);
    if (!this.fits(RECORD_HEAD_LEN + header.length + TRAILER_LEN)) return false;
    // As encodeEntry places an entry without content (its checksum is the empty one either way).
    this.closeRecord(this.openRecord(meta, header), EMPTY, false);
    return true;
  }

  /**
   * Queues an entry whose content `source` reads a chunk at a time directly into the batches.
   * If a read throws, the record is closed as incomplete and the error is passed on.
   */
  writeSource(meta: EntryMeta, source: DirectSource, opts?: { codec?: CodecSpec }): Promise<void> {
    const codec = opts?.codec ?? this.codec;
    return this.enqueue('writeSource', () =>
      codec.kind === 'filter' ? this.encodeEntry(meta, segmentsOf(source, this.chunkSize), codec) : this.encodeEntry(meta, undefined, codec, source),
    );
  }

  /** Writes the end-of-stream record and waits until everything is handed to the output. */
  async finish(): Promise<{ bytes: bigint; entries: number }> {
    if (this.finished) throw new Error('ArchiveWriter.finish called twice');
    this.finished = true;
    await this.chain;
    await this.room(RECORD_HEAD_LEN);
    this.batch.head(KIND_END, NO_HEADER);
    await this.submit();
    await this.output.drain();
    return { bytes: BigInt(this.output.written), entries: this.entryCount - this.output.dropped };
  }

  private enqueue<T>(method: string, job: () => Promise<T>): Promise<T> {
    if (this.finished) return Promise.reject(new Error(`ArchiveWriter.${method} called after finish()`));
    this.busy++;
    const p = this.chain.then(job);
    this.chain = p.then(this.settled, this.settled);
    return p;
  }

  /**
   * The entry's header, as a view of memory the next header reuses: use it before anything
   * else can encode one (another writer on this thread, while this one waits).
   */
  private header(meta: EntryMeta, codec: CodecSpec): Buffer {
    if (this.output.fatal) throw this.output.fatal;
    if (codec !== this.codec) checkCodec(codec);
    const header = encodeHeader(meta, codec, true);
    if (header.length > MAX_HEADER_LEN)
      throw new RangeError(`entry header of ${header.length} bytes exceeds ${MAX_HEADER_LEN} (too many or too large xattrs/ACLs?)`);
    return header;
  }

  /**
   * The entry's header, with room in the batch for its record head, the header and `extra` bytes
   * in one piece, after a batch of small records has grown large enough.
   */
  private async headerWithRoom(meta: EntryMeta, codec: CodecSpec, extra: number): Promise<Buffer> {
    const header = this.header(meta, codec);
    const need = RECORD_HEAD_LEN + header.length + extra;
    if (this.fits(need)) return header;
    // A batch of small records goes to be encoded at about 1 MiB: more, smaller jobs keep both
    // threads busy and fewer entries waiting in memory; only a large chunk fills a whole batch.
    if (this.batch.fill >= RECORDS_PER_BATCH_BYTES) await this.submit();
    if (this.batch.room < need) await this.room(need);
    // encoded again: the scratch it was encoded into may have been used meanwhile
    return this.header(meta, codec);
  }

  private async encodeDirect(meta: EntryMeta, read: DirectRead, codec: CodecSpec): Promise<boolean> {
    const size = Number(meta.size);
    if (meta.type !== 'file' || !(size <= this.chunkSize)) throw new RangeError(`writeDirect takes regular files of at most ${this.chunkSize} bytes`);
    if (codec.kind === 'filter') {
      // Filter output has a length of its own: the content takes writeEntry's path.
      const data = Buffer.allocUnsafe(size);
      let got: number | null;
      try {
        got = read(data, 0);
      } catch (err) {
        await this.encodeEntry(meta, failing(err), codec);
        return true;
      }
      if (got === null) return false;
      await this.encodeEntry(meta, [{ offset: 0n, data: data.subarray(0, got) }], codec);
      return true;
    }
    const header = await this.headerWithRoom(meta, codec, BODY_FRAME_LEN + size + TRAILER_LEN);
    const b = this.batch;
    let got: number | null;
    let failure: unknown;
    try {
      // Behind the space of the record head and the chunk frame, written once it is stored.
      got = read(b.input, b.fill + RECORD_HEAD_LEN + header.length + BODY_FRAME_LEN);
    } catch (err) {
      failure = err;
      got = 0;
    }
    if (got === null) return false;
    const entry = this.openRecord(meta, header);
    if (got > 0) {
      b.openChunk(codec.kind === 'zstd' ? OP_ZSTD : OP_RAW, 0, codec.kind === 'zstd' ? codec.level : 0);
      b.placed(got);
    }
    this.closeRecord(entry, wholeChunk(got), failure !== undefined);
    if (failure !== undefined) throw failure;
    return true;
  }

  /** writeFile's checks; returns the file's size. */
  private checkFile(meta: EntryMeta, file: FileRead, codec: CodecSpec): number {
    const size = Number(meta.size);
    if (meta.type !== 'file' || !(size <= this.chunkSize) || file.st.size !== meta.size) throw new RangeError(`writeFile takes regular files of at most ${this.chunkSize} bytes`);
    if (codec.kind === 'filter') throw new RangeError('writeFile cannot take a filter codec: use writeDirect');
    return size;
  }

  private async encodeFile(meta: EntryMeta, file: FileRead, settle: FileSettle, codec: CodecSpec): Promise<void> {
    const size = this.checkFile(meta, file, codec);
    const header = await this.headerWithRoom(meta, codec, BODY_FRAME_LEN + size + TRAILER_LEN);
    this.placeFile(meta, file, settle, codec, header, size);
  }

  /** A small file's record in the current batch, which has room for it. */
  private placeFile(meta: EntryMeta, file: FileRead, settle: FileSettle, codec: CodecSpec, header: Buffer, size: number): void {
    const entry = this.openRecord(meta, header);
    this.batch.file(codec.kind === 'zstd' ? OP_FILE_ZSTD : OP_FILE_RAW, codec.kind === 'zstd' ? codec.level : 0, file, entry, settle);
    // As if read whole: the encoding thread rewrites it when the file turns out otherwise.
    this.closeRecord(entry, wholeChunk(size), false);
  }

  /** Whether the current batch, not yet large enough to go, takes `need` more bytes in one piece. */
  private fits(need: number): boolean {
    return this.batch.fill < RECORDS_PER_BATCH_BYTES && this.batch.room >= need;
  }

  /** Starts an entry's record in the current batch, which has room for its head and header. */
  private openRecord(meta: EntryMeta, header: Buffer): EntryState {
    const entry = entryState(meta);
    this.batch.mark(entry, false);
    this.batch.head(KIND_ENTRY, header);
    return entry;
  }

  /** Ends an entry's record with its trailer; the batch has room for it. */
  private closeRecord(entry: EntryState, st: ContentCounts, incomplete: boolean): void {
    // Entries other than filtered ones get their checksum patched in when the batch holding
    // the trailer is written.
    this.batch.trailer({ chunks: st.chunks, dataBytes: st.dataBytes, logicalEnd: st.logicalEnd, checksum: entry.checksum ?? EMPTY_SHA256, incomplete });
    this.batch.mark(entry, true);
    this.entryCount++;
  }

  private async encodeEntry(meta: EntryMeta, content: Content | undefined, codec: CodecSpec, source?: DirectSource): Promise<void> {
    const header = await this.headerWithRoom(meta, codec, 0);
    const entry = this.openRecord(meta, header);
    const sizeHint = meta.type === 'file' && codec.kind !== 'filter' ? Number(meta.size) : Infinity;
    const st: ContentState = { chunks: 0, dataBytes: 0, logicalEnd: 0, sizeHint, pieces: undefined };
    let failure: unknown;
    try {
      if (content && codec.kind === 'filter') await this.filterContent(content, codec, st);
      else if (content) await this.chunkContent(content, codec, st);
      else if (source) await this.readContent(source, codec, st);
    } catch (err) {
      failure = err;
    }
    if (codec.kind === 'filter') entry.checksum = st.pieces ? st.pieces.digest() : EMPTY_SHA256;
    if (this.batch.room < TRAILER_LEN) await this.room(TRAILER_LEN);
    this.closeRecord(entry, st, failure !== undefined);
    if (failure !== undefined) throw failure;
  }

  /** Reads each chunk of `source` into the room behind its frame in the batch. */
  private async readContent(source: DirectSource, codec: CodecSpec, st: ContentState): Promise<void> {
    const type = codec.kind === 'zstd' ? OP_ZSTD : OP_RAW;
    const level = codec.kind === 'zstd' ? codec.level : 0;
    for (const [start, end] of source.regions()) {
      if (start < st.logicalEnd || end < start) throw new RangeError(`content region [${start}, ${end}) overlaps or precedes data ending at ${st.logicalEnd}`);
      // Cut like appendChunked: at holes and every chunkSize bytes, so the chunks are the same.
      for (let off = start; off < end; ) {
        const want = Math.min(this.chunkSize, end - off);
        if (this.batch.room < BODY_FRAME_LEN + want) await this.room(BODY_FRAME_LEN + want);
        const b = this.batch;
        const n = await source.read(b.input, b.fill + BODY_FRAME_LEN, off, want);
        if (n > 0) {
          b.openChunk(type, off, level);
          b.placed(n);
          st.chunks++;
          st.dataBytes += n;
          st.logicalEnd = off + n;
        }
        if (n < want) return;
        off += n;
      }
    }
  }

  /** Segment bookkeeping shared by both content paths; returns the segment's offset. */
  private account(seg: DataSegment, st: ContentState): number {
    const off = Number(seg.offset);
    if (!Number.isSafeInteger(off) || off < st.logicalEnd)
      throw new RangeError(`content segment at offset ${seg.offset} overlaps or precedes data ending at ${st.logicalEnd}`);
    st.dataBytes += seg.data.length;
    st.logicalEnd = off + seg.data.length;
    return off;
  }

  private async chunkContent(content: Content, codec: CodecSpec, st: ContentState): Promise<void> {
    const type = codec.kind === 'zstd' ? OP_ZSTD : OP_RAW;
    const level = codec.kind === 'zstd' ? codec.level : 0;
    for await (const seg of content) {
      if (seg.data.length === 0) continue;
      const off = this.account(seg, st);
      await this.appendChunked(seg.data, off, type, level, st);
    }
  }

  private async filterContent(
    content: Content,
    codec: Extract<CodecSpec, { kind: 'filter' }>,
    st: ContentState,
  ): Promise<void> {
    const extents: Buffer[] = [];
    const account = (seg: DataSegment): number => this.account(seg, st);
    const digest = Buffer.alloc(PIECE_DIGEST_LEN);
    const chunkSize = this.chunkSize;
    // Extents are pieces of the checksum, so they are cut at chunkSize like chunks.
    async function* feed(): AsyncGenerator<Buffer> {
      for await (const seg of content) {
        if (seg.data.length === 0) continue;
        const off = account(seg);
        for (let p = 0; p < seg.data.length; p += chunkSize) {
          const piece = seg.data.subarray(p, p + chunkSize);
          extents.push(encodeExtent(off + p, piece.length));
          xxh64Into(piece, digest, 0);
          (st.pieces ??= createHash('sha256')).update(digest);
          yield piece;
        }
      }
    }
    // Extent frames go before the filter output they explain: output never precedes its input.
    const flushExtents = async (): Promise<void> => {
      for (const x of extents.splice(0)) {
        await this.room(x.length);
        this.batch.copy(x);
      }
    };
    let outPos = 0;
    for await (const out of filterStream(codec.command, feed())) {
      await flushExtents();
      await this.appendChunked(out, outPos, OP_FILTERED, 0, st);
      outPos += out.length;
    }
    await flushExtents();
  }

  /** Copies `data` (logically at `off`) into chunks of the current batches. */
  private async appendChunked(data: Buffer, off: number, type: number, level: number, st: ContentState): Promise<void> {
    let p = 0;
    while (p < data.length) {
      const b = this.batch;
      if (!b.chunkOpen || b.chunkEnd !== off + p || b.chunkLen >= this.chunkSize) {
        // Chunks are cut only at holes and every chunkSize bytes, never by the batch end, so
        // the same content always gives the same chunks (and checksum). A chunk cannot grow past
        // the file's size, so a small file's chunk needs only its own length of room.
        const fits = Math.min(this.chunkSize, Math.max(st.sizeHint - (off + p), data.length - p));
        if (b.room < BODY_FRAME_LEN + fits) {
          await this.submit();
          continue;
        }
        b.openChunk(type, off + p, level);
        st.chunks++;
      }
      const n = b.append(p === 0 ? data : data.subarray(p), this.chunkSize - b.chunkLen);
      if (n === 0) await this.submit();
      p += n;
    }
  }

  /** Makes the current batch able to take `n` more bytes in one piece. */
  private async room(n: number): Promise<void> {
    if (this.batch.room >= n) return;
    await this.submit(Math.max(this.batchBytes, n));
  }

  private async submit(nextCapacity = this.batchBytes): Promise<void> {
    const b = this.batch;
    this.batch = new Batch(this.buffers, nextCapacity);
    b.closeChunk();
    await this.output.take(b);
  }
}

/** The trailer of a record holding `n` bytes in one chunk (none when empty). */
function wholeChunk(n: number): ContentCounts {
  return { chunks: n > 0 ? 1 : 0, dataBytes: n, logicalEnd: n };
}
