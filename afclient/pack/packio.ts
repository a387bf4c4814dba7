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
  /** Starts reading [offset, offset + length) of an open file into the page cache (advice). */
  willNeed(fd: number, offset: number, length: number): void;
}

let addon: PackioAddon | undefined;

export function packio(): PackioAddon {
  return (addon ??= loadAddon<PackioAddon>('packio'));
}
