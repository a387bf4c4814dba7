// Turns one batch (many small entries, or a few chunks of a large one) into final stream bytes.
// The same function runs in a codec worker or, when the writer has no workers or the batch only
// frames external-filter output, inline on the writer's thread. The batch input is laid out as the output would be if nothing shrank:
// record heads and trailers in place, each chunk's data behind a reserved frame. Encoding
// fills in the frames and, where zstd shrinks a chunk, moves everything after it to the left.
// So the input buffer becomes the output: no second buffer, no second copy of raw data.
import { BODY_FRAME_LEN, CHUNK_FILTERED, CHUNK_ZSTD, crc32, EMPTY_SHA256, MAX_CHUNK_LEN, PIECE_DIGEST_LEN, putBodyFrame, putTrailer, TAG_CHUNK } from '../../protocol/archive/format.js';
import { fsx } from '../fsx.js';
import { fileResults, readFilesAt, type FileReads, type FileResults } from './file-reads.js';
import { xxh64Into } from './xxh64.js';
import { compressInto } from './zstd.js';

/** Bytes passed through unchanged (record heads, trailers, extent frames, end record). */
export const OP_COPY = 0;
/** A chunk stored as given (codec none). */
export const OP_RAW = 1;
/** A chunk compressed with zstd at the op's level, stored raw when that does not shrink it. */
export const OP_ZSTD = 2;
/** A chunk of external filter output. */
export const OP_FILTERED = 3;
/**
 * A small regular file's whole content, read here first (file-reads.ts) into the room reserved
 * for its walk-time size, then handled as OP_ZSTD / OP_RAW. The op before it is its record's
 * head, the op after it its trailer (written for the file read whole, rewritten here otherwise).
 */
export const OP_FILE_ZSTD = 4;
export const OP_FILE_RAW = 5;
/** Fields per op in `ops`: type, input start (of chunk data), length, logical offset, zstd level. */
export const OP_STRIDE = 5;

export const isFileOp = (type: number): boolean => type === OP_FILE_ZSTD || type === OP_FILE_RAW;

export interface BatchJob {
  /** Becomes the output; a SharedArrayBuffer of the writer's pool, or a one-off ArrayBuffer. */
  input: ArrayBufferLike;
  /** Bytes of `input` in use. */
  fill: number;
  ops: Float64Array;
  /** The files of the OP_FILE_* ops, in op order. */
  files?: FileReads;
}

export interface BatchResult {
  /** The job's input buffer, now holding the encoded bytes. */
  output: ArrayBufferLike;
  outLen: number;
  /** Output position where each op starts (a chunk: its frame), plus the end (ops + 1 numbers). */
  positions: Float64Array;
  /**
   * XXH64 of the original content of each OP_RAW / OP_ZSTD chunk, in op order: the writer
   * combines them into the entry's checksum (hashing here keeps it off the writer's thread).
   */
  digests: Uint8Array;
  /** What became of the job's files (with `files`). */
  files?: FileResults;
}

let scratch: Buffer | undefined;

// The batch buffer is shared memory (protocol/archive/batch.ts, BufferPool), which V8's own
// copies (copyWithin, Buffer.copy) move a byte at a time where it is not word-aligned: a native
// memmove instead.
const { copyBytes } = fsx;

export function encodeBatch(job: BatchJob): BatchResult {
  const { ops } = job;
  const buf = Buffer.from(job.input, 0, job.fill);
  const files = job.files && readFiles(job.files, buf, ops);
  const positions = new Float64Array(ops.length / OP_STRIDE + 1);
  let hashed = 0;
  for (let i = 0; i < ops.length; i += OP_STRIDE) if (ops[i] === OP_RAW || ops[i] === OP_ZSTD) hashed++;
  const digests = new Uint8Array(hashed * PIECE_DIGEST_LEN);
  let d = 0;
  let pos = 0;
  for (let i = 0, k = 0; i < ops.length; i += OP_STRIDE, k++) {
    const type = ops[i]!;
    const start = ops[i + 1]!;
    const len = ops[i + 2]!;
    positions[k] = pos;
    if (type === OP_COPY) {
      if (pos !== start) copyBytes(buf, pos, buf, start, len);
      pos += len;
      continue;
    }
    const body = pos + BODY_FRAME_LEN;
    let stored = len;
    let flags = type === OP_FILTERED ? CHUNK_FILTERED : 0;
    let packed = false;
    if (type !== OP_FILTERED) {
      xxh64Into(buf.subarray(start, start + len), digests, d);
      d += PIECE_DIGEST_LEN;
    }
    if (type === OP_ZSTD) {
      // Once earlier chunks have shrunk by at least this chunk's length, the output goes straight
      // to its place: the room there lies wholly before the chunk's data.
      const inPlace = start - body >= len;
      const dst = inPlace ? buf.subarray(body, body + len) : (scratch ??= Buffer.allocUnsafeSlow(MAX_CHUNK_LEN)).subarray(0, len);
      const n = compressInto(dst, buf.subarray(start, start + len), ops[i + 4]!);
      if (n >= 0) {
        if (!inPlace) copyBytes(buf, body, dst, 0, n);
        stored = n;
        flags = CHUNK_ZSTD;
        packed = true;
      }
    }
    if (!packed && body !== start) copyBytes(buf, body, buf, start, len);
    putBodyFrame(buf, pos, TAG_CHUNK, flags, stored, len, ops[i + 3]!, crc32(buf.subarray(body, body + stored)));
    pos = body + stored;
  }
  positions[positions.length - 1] = pos;
  return { output: job.input, outLen: pos, positions, digests, ...(files ? { files } : {}) };
}

/**
 * Reads the batch's files into their room and turns their ops into ordinary ones: a file read
 * whole becomes its chunk; one that ended early or failed to read gets a chunk of what was read
 * (none if nothing) and its trailer rewritten to match; one not to be stored (vanished,
 * replaced) has its head, chunk and trailer emptied, so that nothing of it is written.
 */
function readFiles(reads: FileReads, buf: Buffer, ops: Float64Array): FileResults {
  const count = reads.pathEnds.length;
  const { results, collector } = fileResults(count);
  const ats = new Float64Array(count);
  for (let i = 0, f = 0; i < ops.length; i += OP_STRIDE) if (isFileOp(ops[i]!)) ats[f++] = ops[i + 1]!;
  const failed = readFilesAt(reads, buf, ats, results, collector);
  for (let i = 0, f = 0; i < ops.length; i += OP_STRIDE) {
    const type = ops[i]!;
    if (!isFileOp(type)) continue;
    const size = ops[i + 2]!;
    const got = results.got[f]!;
    const trailer = i + OP_STRIDE;
    if (got < 0) {
      ops[i - OP_STRIDE + 2] = 0;
      ops[trailer + 2] = 0;
    } else if (got !== size || failed[f] === 1) {
      putTrailer(buf, ops[trailer + 1]!, { chunks: got > 0 ? 1 : 0, dataBytes: got, logicalEnd: got, checksum: EMPTY_SHA256, incomplete: failed[f] === 1 });
    }
    f++;
    ops[i] = got > 0 ? (type === OP_FILE_ZSTD ? OP_ZSTD : OP_RAW) : OP_COPY;
    ops[i + 2] = Math.max(got, 0);
  }
  return results;
}
