// Decoding one chunk whose payload CRC has been checked: zstd or raw, plus the digest of the
// original content that the entry's checksum is made of. Runs inline or in a pool worker.
import { MAX_CHUNK_LEN, PIECE_DIGEST_LEN } from '../../protocol/archive/format.js';
import { xxh64Into } from './xxh64.js';
import { decompressInto } from './zstd.js';

export interface DecodeJob {
  payload: Uint8Array;
  zstd: boolean;
  /** The chunk's original length (checked against the bound by the caller). */
  length: number;
}

export interface DecodedChunk {
  data: Buffer;
  digest: Buffer;
}

/** Chunks up to this size are decoded into shared slabs (see decodeChunk). */
const SLAB_CHUNK_MAX = 64 << 10;
const SLAB = 1 << 20;
let slab = Buffer.allocUnsafeSlow(0);
let slabUsed = 0;

/**
 * Memory for a small decoded chunk, carved from a 1 MiB slab: one ArrayBuffer per chunk would
 * make V8 account and sweep tens of thousands of them for a tree of small files. A slab is
 * freed by the garbage collector once no chunk of it is referenced.
 */
function slabAlloc(size: number): Buffer {
  if (slabUsed + size > slab.length) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    slabUsed = 0;
  }
  const b = slab.subarray(slabUsed, slabUsed + size);
  slabUsed += size;
  return b;
}

/** Chunk buffers handed back with releaseChunk, at most this many kept for the next chunks. */
const SPARE_MAX = 4;
const spare: ArrayBuffer[] = [];
/** Buffers of MAX_CHUNK_LEN bytes made by chunkBuffer: the only ones releaseChunk keeps. */
const recyclable = new WeakSet<ArrayBuffer>();

/**
 * Memory for a large chunk (decoded, or a raw payload copied out of the input) whose consumer
 * hands it back with releaseChunk when done: a buffer released earlier, else a new one of
 * MAX_CHUNK_LEN bytes. Without the hand-back every 4 MiB chunk would be a new buffer that lives
 * until V8 next collects, and reading a large file would pile up tens of them.
 */
export function chunkBuffer(size: number): Buffer {
  let ab = spare.pop();
  if (!ab) {
    ab = new ArrayBuffer(MAX_CHUNK_LEN);
    recyclable.add(ab);
  }
  return Buffer.from(ab, 0, size);
}

/**
 * Hands a segment's data back to the reader once nothing reads it any more (written, compared).
 * Data not made by chunkBuffer (small chunks, views of the input) is left to the garbage
 * collector. Only for readers made with `releasesChunks`; the data must not be used afterwards.
 */
export function releaseChunk(data: Uint8Array): void {
  const ab = data.buffer;
  if (ab instanceof ArrayBuffer && recyclable.has(ab) && spare.length < SPARE_MAX && !spare.includes(ab)) spare.push(ab);
}

/** Where decodeChunk puts a decoded chunk on the reader's thread. */
export type DecodeMemory = 'own' | 'shared' | 'recycled';

/**
 * Throws when zstd data does not decode to exactly `length` bytes. The data is unpooled memory
 * of its own (a worker transfers exactly it back); decoded on the reader's thread (`memory`
 * 'shared' or 'recycled'), a chunk up to SLAB_CHUNK_MAX is part of a shared slab, a larger one
 * comes from chunkBuffer when 'recycled'.
 */
export function decodeChunk(job: DecodeJob, memory: DecodeMemory = 'own'): DecodedChunk {
  const { payload } = job;
  let data: Buffer;
  if (job.zstd) {
    if (memory === 'own') data = Buffer.allocUnsafeSlow(job.length);
    else if (job.length <= SLAB_CHUNK_MAX) data = slabAlloc(job.length);
    else data = memory === 'recycled' ? chunkBuffer(job.length) : Buffer.allocUnsafeSlow(job.length);
    decompressInto(data, payload);
  } else {
    data = Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  }
  const digest = Buffer.allocUnsafe(PIECE_DIGEST_LEN); // pooled: xxh64Into fills all of it
  xxh64Into(data, digest, 0);
  return { data, digest };
}
