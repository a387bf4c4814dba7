// Typed access to native/fsx.c: the filesystem calls Node.js lacks. Paths may be Buffers so that
// names which are not UTF-8 survive. Times are BigInt nanoseconds; -1n leaves a time unchanged.
import { loadAddon } from '../native/load.js';

export type FsPath = string | Buffer;

interface FsxAddon {
  /** Offset of the next data at or after `offset`, -1 when only a hole follows. */
  seekData(fd: number, offset: number): number;
  /** Offset of the next hole at or after `offset` (end of file counts as a hole), -1 past the end. */
  seekHole(fd: number, offset: number): number;
  llistxattr(path: FsPath): string[];
  lgetxattr(path: FsPath, name: string): Buffer;
  lsetxattr(path: FsPath, name: string, value: Buffer): void;
  fsetxattr(fd: number, name: string, value: Buffer): void;
  mknod(path: FsPath, mode: number, major: number, minor: number): void;
  mkfifo(path: FsPath, mode: number): void;
  utimens(path: FsPath, atimeNs: bigint, mtimeNs: bigint, nofollow: boolean): void;
  futimens(fd: number, atimeNs: bigint, mtimeNs: bigint): void;
  /**
   * A directory's entries with their lstat, in one call: the names (without '.' and '..'),
   * sorted bytewise and joined by '/', as a string of one character per byte (latin1),
   * SCAN_RECORD_BYTES of stats per name in the same order (see afclient/backup/run/dir-scan.ts),
   * and each name's stateSignature (afclient/backup/change-detection.ts) joined by '/'.
   * A string `path` is read the same way, latin1. The directory itself is opened without
   * following a final symbolic link (ELOOP then).
   */
  scanDir(path: FsPath): ScanResult;
  /**
   * Starts scanning the tree at `path` (as scanDir takes it) on a thread of its own: every
   * directory on the filesystem `dev` (as scanDir's stats give st_dev), depth first in the
   * walk's order, the same order names come from scanDir (native/fsx-ahead.h).
   */
  scanTreeOpen(path: FsPath, dev: bigint): ScanTreeHandle;
  /**
   * scanDir's result (or error) for `path` when it is the tree scan's next directory, waiting
   * for it if need be; undefined when it is not (scanDir it then).
   */
  scanTreeTake(handle: ScanTreeHandle, path: FsPath): ScanResult | undefined;
  /** Stops the thread and frees the scans not taken. */
  scanTreeClose(handle: ScanTreeHandle): void;
  /**
   * lstat of `path` as node:fs makes it, and the size of its extended attribute name list, into
   * `record` (native/fsx-lstat.h; read by afclient/pack/entry-stat.ts). Returns 0, or the errno
   * of the lstat (the record is then left as it was).
   */
  lstatEntry(path: FsPath, record: ArrayBuffer): number;
  /**
   * memmove of src[srcOffset, srcOffset + length) to dst[dstOffset..] (they may overlap), with no
   * subarray made for the range (fsx-copy.h).
   */
  copyBytes(dst: Uint8Array, dstOffset: number, src: Uint8Array, srcOffset: number, length: number): void;
}

/** What scanDir gives for a directory. */
export type ScanResult = [names: string, stats: ArrayBuffer, signatures: string];

/** An opaque native handle. */
declare const scanTreeBrand: unique symbol;
export type ScanTreeHandle = { readonly [scanTreeBrand]: true };

export const fsx: FsxAddon = loadAddon<FsxAddon>('fsx');

/** Error codes meaning "this filesystem or entry has no extended attributes of that kind". */
export const XATTR_UNSUPPORTED = new Set(['ENOTSUP', 'EOPNOTSUPP', 'ENODATA']);

export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}
