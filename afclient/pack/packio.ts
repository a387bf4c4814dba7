// The typed face of the packio addon (native/packio.c): the packer's file calls that node:fs
// would make in several steps.
import { loadAddon } from '../../native/load.js';

/** Outcomes of readSmall. FALLBACK: not read (cannot open, read error, not the walked file); read it through node:fs, which reports why. */
export const FALLBACK = -1;
export const UNCHANGED = 0;
export const MODIFIED = 1;
export const GREW = 2;
export const SHRANK = 3;

/** readSmall's flags. */
export const KEEP_ATIME = 1;

interface PackioAddon {
  /**
   * Reads at most expect[2] bytes of the file at `path` into dst[at..]. `expect` holds what the
   * walk saw: ino, dev, size, mtime ns, atime ns. `out` receives the bytes read, the size after
   * reading, and the errno of a failed atime restore (0: none).
   */
  readSmall(path: Buffer, dst: Uint8Array, at: number, expect: BigInt64Array, flags: number, out: Float64Array): number;
  /**
   * Encodes a writer's batch in place on an encoding thread (native/encode-pool.h, batch-encode.h;
   * afclient/codec/encode-batch.ts tells the layout), queued before the others with `first`:
   * `batch` is the batch's filled bytes, `ops` its ops (OP_STRIDE numbers each), `positions`
   * receives where each op starts in the output and its end, `digests` each chunk's XXH64 (room
   * for one per chunk or file op). Resolves to the output's length.
   * With the batch's files (afclient/codec/file-reads.ts FileReads: file i's path is
   * paths[pathEnds[i - 1] .. pathEnds[i]), what the walk saw stats[6i .. 6i + 6): ino, dev, size,
   * blocks, mtime ns, atime ns; KEEP_ATIME where keepAtime[i] is 1), each is first read into the
   * room of its file op as readSmall reads it, its outcome going to status[i] and its three numbers
   * to out[3i .. 3i + 3). When one was not read whole and unchanged (or its atime could not be
   * given back), nothing is encoded and it resolves to -1. Throws on arguments that do not
   * describe a batch (an op outside it, a file op whose room is not its file's size). The inputs
   * are copied at the call; the batch's buffer and the arrays written into must stay attached
   * (not transferred) until the promise settles.
   */
  encodeBatch(
    batch: Uint8Array,
    ops: Float64Array,
    positions: Float64Array,
    digests: Uint8Array,
    files: [paths: Uint8Array, pathEnds: Float64Array, stats: BigInt64Array, keepAtime: Uint8Array, status: Int32Array, out: Float64Array] | null,
    first: boolean,
  ): Promise<number>;
  /** Starts reading [offset, offset + length) of an open file into the page cache (advice). */
  willNeed(fd: number, offset: number, length: number): void;
}

let addon: PackioAddon | undefined;

export function packio(): PackioAddon {
  return (addon ??= loadAddon<PackioAddon>('packio'));
}
