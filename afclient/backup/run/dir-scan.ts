// One directory of a backup's walk, read by fsx.scanDir: every entry's name and the lstat fields
// the walk and change detection use, from one native call per directory instead of a readdir
// and one lstat (and one stats object of 18 fields) per entry. Names stay strings of one
// character per byte (latin1), as nameKey makes them, so names that are not UTF-8 keep their
// exact bytes and need no Buffer unless the entry is saved.
import { getSystemErrorName } from 'node:util';
import { typeOfMode } from '../../pack/meta.js';
import { fsx, type ScanResult, type ScanTreeHandle } from '../../fsx.js';
import type { FileState } from '../filelist/types.js';

/** Bytes per entry in scanDir's stats (native/fsx-scan.h SCAN_RECORD). */
export const SCAN_RECORD_BYTES = 72;
const I32 = SCAN_RECORD_BYTES / 4;
const I64 = SCAN_RECORD_BYTES / 8;

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

export class ScannedDir {
  /** A directory that could not be read: nothing in it. */
  static readonly EMPTY = new ScannedDir(['', new ArrayBuffer(0), '']);

  /** Sorted bytewise, latin1. */
  readonly names: string[];
  /** Per name, its stateSignature (change-detection.ts); '' when its lstat failed. */
  readonly signatures: string[];
  private readonly i32: Int32Array;
  private readonly i64: BigInt64Array;
  private readonly u64: BigUint64Array;

  private constructor([joined, stats, signatures]: ScanResult) {
    this.i32 = new Int32Array(stats);
    this.i64 = new BigInt64Array(stats);
    this.u64 = new BigUint64Array(stats);
    this.names = stats.byteLength === 0 ? [] : joined.split('/');
    this.signatures = stats.byteLength === 0 ? [] : signatures.split('/');
  }

  /** `path`: latin1, one character per byte. Throws (errno .code) when the directory cannot be read. */
  static read(path: string): ScannedDir {
    return new ScannedDir(fsx.scanDir(path));
  }

  /**
   * The scan of `path` if it is `tree`'s next directory, else ScannedDir.read(path). A scan the
   * thread could not make is made once more here: what failed there (no memory, no file
   * descriptor left) may well work a moment later, and the error the walk reports is this one.
   */
  static readFrom(tree: TreeScan, path: string): ScannedDir {
    let taken: ScanResult | undefined;
    try {
      taken = fsx.scanTreeTake(tree.handle, path);
    } catch {
      taken = undefined;
    }
    return new ScannedDir(taken ?? fsx.scanDir(path));
  }

  /** Whether the directory holds `name` (latin1). */
  has(name: string): boolean {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const n = this.names[mid]!;
      if (n === name) return true;
      if (n < name) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** Whether lstat failed for entry `i` (error() says why). */
  failed(i: number): boolean {
    return this.i32[i * I32]! !== 0;
  }

  /** Why lstat failed for entry `i` ('ENOENT', ...), or undefined when it did not. */
  error(i: number): string | undefined {
    const e = this.i32[i * I32]!;
    return e === 0 ? undefined : getSystemErrorName(-e);
  }

  isDirectory(i: number): boolean {
    return (this.i32[i * I32 + 1]! & S_IFMT) === S_IFDIR;
  }

  dev(i: number): bigint {
    return this.u64[i * I64 + 7]!;
  }

  /** What change detection compares (as stateFromStats makes it from lstat). */
  state(i: number): FileState {
    const type = typeOfMode(this.i32[i * I32 + 1]!);
    const at = i * I64;
    return { type, size: type === 'file' ? this.i64[at + 3]! : 0n, mtimeNs: this.i64[at + 4]!, ctimeNs: this.i64[at + 5]!, inode: this.u64[at + 6]!, dev: this.u64[at + 7]! };
  }
}

/**
 * A tree scanned ahead of its walk on a thread of its own (native/fsx-ahead.h): every directory
 * on the start's filesystem, depth first, names sorted bytewise. A walk uses it only when it
 * enters exactly those directories, taking each one's scan as it comes to it; anything else (a
 * directory on another filesystem) it reads itself. Close it when the walk ends, however it ends.
 */
export class TreeScan {
  readonly handle: ScanTreeHandle;

  /** `path`: latin1; `dev`: its filesystem, as ScannedDir.dev gives it. Throws when it cannot start. */
  constructor(
    path: string,
    readonly dev: bigint,
  ) {
    this.handle = fsx.scanTreeOpen(path, dev);
  }

  /**
   * A tree scan, or undefined when it cannot start (a path longer than the kernel takes, no
   * memory): the walk then reads each directory itself and reports what fails there.
   */
  static start(path: string, dev: bigint): TreeScan | undefined {
    try {
      return new TreeScan(path, dev);
    } catch {
      return undefined;
    }
  }

  close(): void {
    fsx.scanTreeClose(this.handle);
  }
}
