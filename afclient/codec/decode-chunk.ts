// Decoding one chunk whose payload CRC has been checked: zstd or raw, plus the digest of the
// original content that the entry's checksum is made of. Runs inline or in a pool worker.
import { PIECE_DIGEST_LEN } from '../../protocol/archive/format.js';
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

/**
 * Throws when zstd data does not decode to exactly `length` bytes. The data is unpooled memory
 * of its own (a worker transfers exactly it back), or for chunks up to SLAB_CHUNK_MAX decoded on
 * the reader's thread, part of a shared slab when `shared` is set.
 */
export function decodeChunk(job: DecodeJob, shared = false): DecodedChunk {
  const { payload } = job;
  let data: Buffer;
  if (job.zstd) {
    data = shared && job.length <= SLAB_CHUNK_MAX ? slabAlloc(job.length) : Buffer.allocUnsafeSlow(job.length);
    decompressInto(data, payload);
  } else {
    data = Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  }
  const digest = Buffer.allocUnsafe(PIECE_DIGEST_LEN); // pooled: xxh64Into fills all of it
  xxh64Into(data, digest, 0);
  return { data, digest };
}
