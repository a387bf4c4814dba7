// Reading one entry record's body: its chunk, extent and trailer frames. content() decodes and
// verifies; skipRest() walks the frames without decoding (checking CRCs only). On damage the
// source is left where the search for the next sync marker should begin.
import { createHash } from 'node:crypto';
import { filterStream } from '../../afclient/codec/filter.js';
import type { CodecSpec } from '../../afclient/codec/spec.js';
import { chunkBuffer, decodeChunk, type DecodedChunk } from '../../afclient/codec/decode-chunk.js';
import type { CompressPool } from '../../afclient/codec/pool.js';
import { xxh64Into } from '../../afclient/codec/xxh64.js';
import { copyInto, type ByteSource } from './byte-source.js';
import type { DataSegment, EntryMeta } from './entry.js';
import { ArchiveDamageError, type DamageReport } from './errors.js';
import {
  BODY_FRAME_LEN,
  CHUNK_FILTERED,
  CHUNK_ZSTD,
  crc32,
  decodeBodyFrame,
  decodeExtent,
  decodeTrailer,
  EMPTY_SHA256,
  EXTENT_PAYLOAD_LEN,
  FORMAT_MINOR,
  MAX_CHUNK_LEN,
  PIECE_DIGEST_LEN,
  TAG_CHUNK,
  TAG_EXTENT,
  TAG_TRAILER,
  TRAILER_PAYLOAD_LEN,
  type BodyFrame,
  type TrailerInfo,
} from './format.js';

export interface ReadEntry {
  meta: EntryMeta;
  codec: CodecSpec;
  /** Stream offset of the record's sync marker. */
  streamOffset: bigint;
  /**
   * The decoded, verified content; rejects with ArchiveDamageError on damage. Once only. From a
   * reader made with `releasesChunks`, hand each segment's data to releaseChunk when done.
   */
  content(): AsyncIterable<DataSegment>;
  /** Skips the content without decoding it (also done when the reader moves on). */
  skip(): Promise<void>;
}

/** Damage found inside a body; becomes a DamageReport (and an ArchiveDamageError for content()). */
class BodyDamage extends Error {}


const TRUNCATED = 'stream ends inside the entry (truncated)';
/**
 * Chunks decoded ahead of the consumer by pool workers: bounds memory to a few chunks (each
 * <= 4 MiB). Decoding on this thread reads no chunk ahead: that would only hold more memory, as
 * the chunk is decoded at once anyway.
 */
export const READ_AHEAD = 4;
/** Smaller chunks decode inline: a worker round trip would cost more than it saves. */
const POOL_MIN_CHUNK = 64 << 10;
const noop = (): void => {};
const EMPTY = Buffer.alloc(0);

interface Frame {
  f: BodyFrame;
  payload: Buffer;
  /** The payload is a buffer of its own (not a view of the input): a worker may take it. */
  own?: boolean;
}

/** What the entries of one reader share. */
export interface BodyMemory {
  /** Chunks decoded ahead of the consumer: READ_AHEAD with pool workers, else 1. */
  decodeAhead: number;
  /** Large decoded chunks come from chunkBuffer: the consumer hands them to releaseChunk. */
  recycle: boolean;
  /**
   * A compressed payload that straddles input buffers is copied here to be decoded on this
   * thread (at once, before the next frame is read): one buffer per reader instead of one per
   * chunk.
   */
  scratch?: Buffer;
}

export class EntryBody {
  damaged = false;
  private trailerSeen = false;
  /** Chunk frames passed so far and the original bytes they claim. */
  private chunksSeen = 0;
  private bytesSeen = 0;
  private state: 'fresh' | 'reading' | 'done' = 'fresh';
  private active: AsyncGenerator<DataSegment> | undefined;
  readonly entry: ReadEntry;

  constructor(
    private readonly src: ByteSource,
    meta: EntryMeta,
    codec: CodecSpec,
    private readonly at: number,
    private readonly minor: number,
    private readonly report: (r: DamageReport) => void,
    /** The reader's decoding workers, started on first use; undefined when it has none. */
    private readonly pool: () => CompressPool | undefined,
    private readonly memory: BodyMemory,
  ) {
    this.entry = {
      meta,
      codec,
      streamOffset: BigInt(at),
      content: () => this.content(),
      skip: () => this.finish(),
    };
  }

  /** Brings the source to the end of this record (or to where a resync must start). */
  async finish(): Promise<void> {
    if (this.active) await this.active.return(undefined);
    if (this.state === 'done' || this.trailerSeen) return;
    this.state = 'done';
    try {
      for (;;) {
        const { f, payload } = await this.nextFrame(false);
        if (f.tag === TAG_TRAILER) {
          const t = decodeTrailer(f, payload);
          const filtered = this.entry.codec.kind === 'filter';
          if (t.chunks !== this.chunksSeen || (!filtered && t.dataBytes !== this.bytesSeen))
            throw new BodyDamage(`trailer counts ${t.chunks} chunks / ${t.dataBytes} bytes, the record holds ${this.chunksSeen} / ${this.bytesSeen}`);
          if (t.incomplete) this.incomplete();
          return;
        }
      }
    } catch (err) {
      this.fail(err);
    }
  }

  private content(): AsyncIterable<DataSegment> {
    if (this.state !== 'fresh') throw new Error('ReadEntry.content() can be called once, before the reader moves on');
    this.state = 'reading';
    const gen = this.entry.codec.kind === 'filter' ? this.filtered(this.entry.codec.restoreCommand) : this.chunks();
    this.active = this.guard(gen);
    return this.active;
  }

  /** Turns body damage into a report plus ArchiveDamageError, and marks the body finished. */
  private async *guard(gen: AsyncGenerator<DataSegment, TrailerInfo>): AsyncGenerator<DataSegment> {
    try {
      const r = yield* gen;
      this.state = 'done';
      if (r.incomplete) throw new ArchiveDamageError(this.incomplete());
    } catch (err) {
      if (err instanceof ArchiveDamageError) throw err;
      throw new ArchiveDamageError(this.fail(err));
    } finally {
      this.active = undefined;
    }
  }

  private async *chunks(): AsyncGenerator<DataSegment, TrailerInfo> {
    const pieces = createHash('sha256');
    let chunks = 0;
    let dataBytes = 0;
    let end = 0;
    // Chunks read ahead and decoding (in pool workers when large), yielded in order.
    const ahead: Array<{ offset: number; decoded: Promise<DecodedChunk> }> = [];
    let trailer: Frame | undefined;
    for (;;) {
      while (!trailer && ahead.length < this.memory.decodeAhead) {
        const fr = await this.nextFrame();
        if (fr.f.tag === TAG_TRAILER) trailer = fr;
        else if (fr.f.tag !== TAG_CHUNK) throw new BodyDamage('extent frame in an entry without an external filter');
        else {
          if (fr.f.big < end) throw new BodyDamage(`chunk at offset ${fr.f.big} overlaps data ending at ${end}`);
          end = fr.f.big + fr.f.a;
          const decoded = this.decode(fr);
          decoded.catch(noop); // awaited below, unless damage further on ends the entry first
          ahead.push({ offset: fr.f.big, decoded });
        }
      }
      const next = ahead.shift();
      if (!next) return this.verify(decodeTrailer(trailer!.f, trailer!.payload), chunks, dataBytes, pieces.digest());
      let d: DecodedChunk;
      try {
        d = await next.decoded;
      } catch (err) {
        throw new BodyDamage(`zstd chunk does not decode: ${err instanceof Error ? err.message : String(err)}`);
      }
      chunks++;
      dataBytes += d.data.length;
      pieces.update(d.digest);
      yield { offset: BigInt(next.offset), data: d.data };
    }
  }

  private async *filtered(restoreCommand: string): AsyncGenerator<DataSegment, TrailerInfo> {
    const extents: Array<{ offset: number; length: number }> = [];
    let trailer: TrailerInfo | undefined;
    let chunks = 0;
    // An entry without content has no filter output: do not run the restore command for it.
    let first: Frame | undefined = await this.nextFrame();
    if (first.f.tag === TAG_TRAILER) return this.verify(decodeTrailer(first.f, first.payload), 0, 0, EMPTY_SHA256);
    const next = (): Promise<Frame> => this.nextFrame();
    async function* stored(): AsyncGenerator<Buffer> {
      for (;;) {
        const { f, payload } = first ?? (await next());
        first = undefined;
        if (f.tag === TAG_EXTENT) {
          const x = decodeExtent(payload);
          if (x.length === 0 || x.length > MAX_CHUNK_LEN) throw new BodyDamage(`extent of ${x.length} bytes (bound 1..${MAX_CHUNK_LEN})`);
          extents.push(x);
        } else if (f.tag === TAG_TRAILER) return void (trailer = decodeTrailer(f, payload));
        else if (!(f.flags & CHUNK_FILTERED)) throw new BodyDamage('unfiltered chunk in an external-filter entry');
        else {
          chunks++;
          yield payload;
        }
      }
    }
    const pieces = createHash('sha256');
    let piece: Buffer[] = [];
    const digest = Buffer.alloc(PIECE_DIGEST_LEN);
    let dataBytes = 0;
    let ext = 0;
    let within = 0;
    let out: AsyncGenerator<Buffer>;
    try {
      out = filterStream(restoreCommand, stored());
      for await (const b of out) {
        for (let p = 0; p < b.length; ) {
          const x = extents[ext];
          if (!x) throw new BodyDamage('restore filter output exceeds the recorded extents');
          const n = Math.min(x.length - within, b.length - p);
          const data = b.subarray(p, p + n);
          piece.push(Buffer.from(data));
          dataBytes += n;
          yield { offset: BigInt(x.offset + within), data };
          p += n;
          within += n;
          if (within === x.length) {
            xxh64Into(piece.length === 1 ? piece[0]! : Buffer.concat(piece), digest, 0);
            pieces.update(digest);
            piece = [];
            ext++;
            within = 0;
          }
        }
      }
    } catch (err) {
      if (err instanceof BodyDamage) throw err;
      throw new BodyDamage(err instanceof Error ? err.message : String(err));
    }
    if (!trailer) throw new BodyDamage('restore filter ended before the record did');
    if (ext !== extents.length) throw new BodyDamage(`restore filter output is short: ${dataBytes} bytes`);
    return this.verify(trailer, chunks, dataBytes, pieces.digest());
  }

  private verify(t: TrailerInfo, chunks: number, dataBytes: number, digest: Buffer): TrailerInfo {
    if (t.chunks !== chunks || t.dataBytes !== dataBytes)
      throw new BodyDamage(`trailer counts ${t.chunks} chunks / ${t.dataBytes} bytes, the record holds ${chunks} / ${dataBytes}`);
    if (!t.checksum.equals(digest)) throw new BodyDamage('content checksum mismatch');
    return t;
  }

  private decode({ f, payload, own }: Frame): Promise<DecodedChunk> {
    if (f.a > MAX_CHUNK_LEN) throw new BodyDamage(`chunk claims ${f.a} original bytes, more than the bound ${MAX_CHUNK_LEN}`);
    if (f.flags & CHUNK_FILTERED) throw new BodyDamage('filtered chunk in an entry without an external filter');
    const zstd = (f.flags & CHUNK_ZSTD) !== 0;
    if (!zstd && f.a !== payload.length) throw new BodyDamage(`raw chunk of ${payload.length} bytes claims ${f.a}`);
    const pool = this.decoder(f);
    // A payload that is a view of the reader's input buffer (not `own`): a worker gets a copy it can own.
    if (pool) return pool.decode({ payload: own ? payload : Uint8Array.prototype.slice.call(payload), zstd, length: f.a });
    try {
      return Promise.resolve(decodeChunk({ payload, zstd, length: f.a }, this.memory.recycle ? 'recycled' : 'shared'));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Where chunks are decoded: the pool's workers, or this thread (undefined). Raw ones only need hashing, cheaper here. */
  private decoder(f: BodyFrame): CompressPool | undefined {
    return f.flags & CHUNK_ZSTD && f.a >= POOL_MIN_CHUNK ? this.pool() : undefined;
  }

  /**
   * The next frame this reader understands, with its payload checked against its CRC. A chunk
   * payload that straddles input buffers is checked where it lies and copied once, to where it
   * is used (nowhere when `use` is false: the body is being skipped).
   */
  private async nextFrame(use = true): Promise<Frame> {
    for (;;) {
      if (!(await this.src.ensure(BODY_FRAME_LEN))) throw new BodyDamage(TRUNCATED);
      const f = decodeBodyFrame(this.src.peek(BODY_FRAME_LEN));
      if (!f) throw new BodyDamage('damaged frame (CRC mismatch)');
      if (f.payloadLen > MAX_CHUNK_LEN) throw new BodyDamage(`frame claims a ${f.payloadLen}-byte payload (bound ${MAX_CHUNK_LEN})`);
      const n = BODY_FRAME_LEN + f.payloadLen;
      if (!(await (f.tag === TAG_CHUNK ? this.src.fill(n) : this.src.ensure(n)))) throw new BodyDamage(TRUNCATED);
      this.src.skip(BODY_FRAME_LEN);
      const pieces = this.src.pieces(f.payloadLen);
      let crc = 0;
      for (const p of pieces) crc = crc32(p, crc);
      // A bad payload may hide the start of the next record (a cut stream): search from here.
      if (crc !== f.payloadCrc) throw new BodyDamage(`damaged ${tagName(f.tag)} (CRC mismatch)`);
      if (f.tag === TAG_CHUNK) {
        const frame: Frame = pieces.length === 1 ? { f, payload: pieces[0]! } : use ? this.copied(f, pieces) : { f, payload: EMPTY };
        this.src.skip(f.payloadLen);
        this.chunksSeen++;
        this.bytesSeen += f.a;
        return frame;
      }
      const payload = pieces[0]!;
      this.src.skip(f.payloadLen);
      if (f.tag === TAG_EXTENT && f.payloadLen === EXTENT_PAYLOAD_LEN) return { f, payload };
      if (f.tag === TAG_TRAILER && f.payloadLen === TRAILER_PAYLOAD_LEN) {
        this.trailerSeen = true;
        return { f, payload };
      }
      // Frames added by a newer minor version are skipped; in our own version they are damage.
      if (this.minor <= FORMAT_MINOR) throw new BodyDamage(`unknown frame tag 0x${f.tag.toString(16)} or bad payload length`);
    }
  }

  /** A straddling chunk payload in one buffer: the scratch buffer when decoded here at once, else one that is its own. */
  private copied(f: BodyFrame, pieces: Buffer[]): Frame {
    const n = f.payloadLen;
    if (f.flags & CHUNK_FILTERED) return { f, payload: copyInto(Buffer.allocUnsafe(n), pieces), own: true };
    if (!(f.flags & CHUNK_ZSTD)) return { f, payload: copyInto(this.memory.recycle ? chunkBuffer(n) : Buffer.allocUnsafeSlow(n), pieces), own: true };
    if (this.decoder(f)) return { f, payload: copyInto(Buffer.allocUnsafeSlow(n), pieces), own: true };
    const scratch = (this.memory.scratch ??= Buffer.allocUnsafeSlow(MAX_CHUNK_LEN));
    return { f, payload: copyInto(scratch, pieces).subarray(0, n) };
  }

  private incomplete(): DamageReport {
    const r = { streamOffset: BigInt(this.at), name: this.entry.meta.name, reason: 'entry is incomplete: its source failed while it was backed up' };
    this.report(r);
    return r;
  }

  private fail(err: unknown): DamageReport {
    if (!(err instanceof BodyDamage)) throw err;
    this.state = 'done';
    this.damaged = true;
    const r = { streamOffset: BigInt(this.at), name: this.entry.meta.name, reason: err.message };
    this.report(r);
    return r;
  }
}

function tagName(tag: number): string {
  return tag === TAG_CHUNK ? 'chunk' : tag === TAG_EXTENT ? 'extent frame' : tag === TAG_TRAILER ? 'trailer' : 'frame';
}
