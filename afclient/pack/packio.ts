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
   * readSmall for each file of a codec batch (afclient/codec/file-reads.ts FileReads): file i's
   * path is paths[pathEnds[i - 1] .. pathEnds[i]), what the walk saw stats[6i .. 6i + 6) (ino, dev,
   * size, blocks, mtime ns, atime ns), its room dst[ats[i] ..], KEEP_ATIME where keepAtime[i] is 1;
   * its outcome goes to status[i] and its three numbers to out[3i .. 3i + 3).
   */
  readBatch(
    paths: Uint8Array,
    pathEnds: Float64Array,
    stats: BigInt64Array,
    keepAtime: Uint8Array,
    dst: Uint8Array,
    ats: Float64Array,
    status: Int32Array,
    out: Float64Array,
  ): void;
  /** Starts reading [offset, offset + length) of an open file into the page cache (advice). */
  willNeed(fd: number, offset: number, length: number): void;
}

let addon: PackioAddon | undefined;

export function packio(): PackioAddon {
  return (addon ??= loadAddon<PackioAddon>('packio'));
}
