// Turns one batch (many small entries, or a few chunks of a large one) into final stream bytes.
// The batch input is laid out as the output would be if nothing shrank: record heads and
// trailers in place, each chunk's data behind a reserved frame. Encoding fills in the frames and,
// where zstd shrinks a chunk, moves everything after it to the left. So the input buffer becomes
// the output: no second buffer, no second copy of raw data. The work (reading the batch's small
// files, hashing, compressing, framing) runs natively on an encoding thread
// (native/batch-encode.h, native/encode-pool.h): no worker thread with a JavaScript engine of its own to start, to
// message and to compile code for, and nothing for the writer's thread but the answer.
import { EMPTY_SHA256, PIECE_DIGEST_LEN, putTrailer } from '../../protocol/archive/format.js';
import { packio } from '../pack/packio.js';
import { fileResults, READ_OUT_LEN, settleReads, type FileReads, type FileResults } from './file-reads.js';

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
  /** Becomes the output; a buffer of the writer's pool, or a one-off. */
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
   * At least that long: room is made for every file op, and a file not stored has no digest.
   */
  digests: Uint8Array;
  /** What became of the job's files (with `files`). */
  files?: FileResults;
}

/** How many digests the ops can produce: one per chunk, and per file (which may become one). */
function chunkOps(ops: Float64Array): number {
  let n = 0;
  for (let i = 0; i < ops.length; i += OP_STRIDE) if (ops[i] !== OP_COPY && ops[i] !== OP_FILTERED) n++;
  return n;
}

/**
 * Encodes a batch in place on an encoding thread (native/batch-encode.h), its files read
 * there first. A batch whose files were not all read whole and unchanged comes back unencoded:
 * their outcomes are settled here (readFiles), and the batch goes once more, without files.
 * The job's input must not be transferred or detached until this settles.
 */
export async function encodeBatch(job: BatchJob): Promise<BatchResult> {
  const { ops, files: reads } = job;
  if (ops.length % OP_STRIDE !== 0) throw new TypeError(`a batch's ops come in ${OP_STRIDE} numbers each, not ${ops.length}`);
  const batch = new Uint8Array(job.input, 0, job.fill);
  const positions = new Float64Array(ops.length / OP_STRIDE + 1);
  const digests = new Uint8Array(chunkOps(ops) * PIECE_DIGEST_LEN);
  const { encodeBatch: encode } = packio();
  if (!reads) return { output: job.input, outLen: await encode(batch, ops, positions, digests, null, false), positions, digests };
  const count = reads.pathEnds.length;
  const status = new Int32Array(count);
  const out = new Float64Array(READ_OUT_LEN * count);
  const outLen = await encode(batch, ops, positions, digests, [reads.paths, reads.pathEnds, reads.stats, reads.keepAtime, status, out], false);
  if (outLen >= 0) {
    const { results } = fileResults(count);
    for (let f = 0; f < count; f++) results.got[f] = out[READ_OUT_LEN * f]!;
    return { output: job.input, outLen, positions, digests, files: results };
  }
  const files = readFiles(reads, Buffer.from(job.input, 0, job.fill), ops, status, out);
  // First in the queue: the batches behind it in the stream wait for it.
  return { output: job.input, outLen: await encode(batch, ops, positions, digests, null, true), positions, digests, files };
}

/**
 * Settles the batch's files after their reads (status and out: what packio's reads found) and
 * turns their ops into ordinary ones: a file read whole becomes its chunk; one that ended early
 * or failed to read gets a chunk of what was read (none if nothing) and its trailer rewritten to
 * match; one not to be stored (vanished, replaced) has its head, chunk and trailer emptied, so
 * that nothing of it is written.
 */
function readFiles(reads: FileReads, buf: Buffer, ops: Float64Array, status: Int32Array, out: Float64Array): FileResults {
  const count = reads.pathEnds.length;
  const { results, collector } = fileResults(count);
  const ats = new Float64Array(count);
  for (let i = 0, f = 0; i < ops.length; i += OP_STRIDE) if (isFileOp(ops[i]!)) ats[f++] = ops[i + 1]!;
  const failed = settleReads(reads, buf, ats, status, out, results, collector);
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
