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

/** Throws when zstd data does not decode to exactly `length` bytes. */
export function decodeChunk(job: DecodeJob): DecodedChunk {
  const { payload } = job;
  let data: Buffer;
  if (job.zstd) {
    // Unpooled, so that a worker can transfer exactly this memory back.
    data = Buffer.allocUnsafeSlow(job.length);
    decompressInto(data, payload);
  } else {
    data = Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  }
  const digest = Buffer.alloc(PIECE_DIGEST_LEN);
  xxh64Into(data, digest, 0);
  return { data, digest };
}
