// Entry checksums (FORMAT.md, "Content checksum") assembled from the chunk digests the batch
// encoding returns, and the stream positions of each record, once its batch is encoded.
import { createHash, hash, type Hash } from 'node:crypto';
import { isFileOp, OP_RAW, OP_STRIDE, OP_ZSTD, type BatchResult } from '../../afclient/codec/encode-batch.js';
import type { Batch } from './batch.js';
import type { EntryMeta } from './entry.js';
import { EMPTY_SHA256, patchTrailerChecksum, PIECE_DIGEST_LEN } from './format.js';


export interface EntryState {
  meta: EntryMeta;
  /** Stream offsets of the record's first byte and of the byte after it, once written. */
  start: number;
  end: number;
  /** Known when the record is queued (filter entries); otherwise combined from chunk digests when written. */
  checksum: Buffer | undefined;
  /**
   * The digest of the entry's only chunk so far. Most entries (small files) have one chunk: they
   * are hashed in one call when the record ends, without a Hash object each.
   */
  firstPiece: Uint8Array | undefined;
  /** From the second chunk on: the running hash over all piece digests. */
  pieces: Hash | undefined;
  /** A file the encoding thread found gone or replaced: not written, not announced. */
  dropped: boolean;
}

export function entryState(meta: EntryMeta): EntryState {
  return { meta, start: 0, end: 0, checksum: undefined, firstPiece: undefined, pieces: undefined, dropped: false };
}

/** Adds one chunk's digest to its entry's checksum. */
function addPiece(entry: EntryState, digest: Uint8Array): void {
  if (entry.pieces) entry.pieces.update(digest);
  else if (!entry.firstPiece) entry.firstPiece = digest;
  else entry.pieces = createHash('sha256').update(entry.firstPiece).update(digest);
}

/** Completes encoded batches in stream order; a record may span batches. */
export class RecordCompleter {
  /** The entry whose record the batch being completed is in. */
  private current: EntryState | undefined;

  /**
   * Walks an encoded batch written at stream offset `base`: combines chunk digests into entry
   * checksums and patches them into the trailers. Returns the entries whose records end in it.
   */
  complete(b: Batch<EntryState>, r: BatchResult, out: Buffer, base: number): EntryState[] {
    const done: EntryState[] = [];
    const ops = b.ops;
    let m = 0;
    let d = 0;
    let f = 0;
    const { markOps, markEntries } = b;
    for (let k = 0; k <= b.opCount; k++) {
      for (; m < markOps.length && markOps[m]! >> 1 === k; m++) {
        const entry = markEntries[m]!;
        if (entry.dropped) continue;
        if ((markOps[m]! & 1) === 0) {
          entry.start = base + r.positions[k]!;
          this.current = entry;
          continue;
        }
        if (!entry.checksum) {
          entry.checksum = entry.pieces ? entry.pieces.digest() : entry.firstPiece ? hash('sha256', entry.firstPiece, 'buffer') : EMPTY_SHA256;
          patchTrailerChecksum(out, r.positions[k - 1]!, entry.checksum);
        }
        entry.end = base + r.positions[k]!;
        done.push(entry);
      }
      const type = ops[k * OP_STRIDE]!;
      // A file's op has a chunk (and a digest) when something of it was read.
      if (type === OP_RAW || type === OP_ZSTD || (isFileOp(type) && r.files!.got[f++]! > 0)) {
        addPiece(this.current!, r.digests.subarray(d, d + PIECE_DIGEST_LEN));
        d += PIECE_DIGEST_LEN;
      }
    }
    return done;
  }
}
