// An entry's lstat as the packer uses it. full_backup and incr_backup lstat every entry just
// before it is queued (fsx.lstatEntry, native/fsx-lstat.h): one call that also tells whether the
// entry has extended attributes at all, written into a record reused for every entry, instead of
// node:fs's stats object of 18 BigInts and 4 Dates and a list call per entry. Thousands of small
// files are in the writer at once, and what each keeps alive is copied by every scavenge.
import fs, { type BigIntStats } from 'node:fs';
import { getSystemErrorMap, getSystemErrorName } from 'node:util';
import type { EntryType } from '../../protocol/archive/entry.js';
import { fsx, XATTR_UNSUPPORTED } from '../fsx.js';
import type { WalkedStats } from './file-source.js';
import { devNumbers, typeOfMode } from './meta.js';

export interface EntryStat extends WalkedStats {
  type: EntryType;
  /** st_mode, the type bits included. */
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  ctimeNs: bigint;
  /** A device's numbers (of st_rdev); 0 for other types. */
  devMajor: number;
  devMinor: number;
  /** False when the entry has no extended attributes (or its filesystem none); true: list them. */
  xattrs: boolean;
}

// The record of native/fsx-lstat.h: LSTAT_NUMBERS doubles, then LSTAT_BIGINTS int64s.
const NUMBERS = 7;
const BIGINTS = 7;
const record = new ArrayBuffer(8 * (NUMBERS + BIGINTS));
const num = new Float64Array(record, 0, NUMBERS);
const big = new BigInt64Array(record, 8 * NUMBERS, BIGINTS);
/** native/fsx-lstat.h LSTAT_USE_NODE. */
const USE_NODE = -1;

/**
 * lstat of `path` (and whether it has extended attributes). Fails as fs.lstatSync does: an
 * Error with the same message, code, errno, syscall and path.
 */
export function lstatEntry(path: Buffer): EntryStat {
  const errno = fsx.lstatEntry(path, record);
  // A time before 1677 or after 2262 does not fit in 64-bit nanoseconds: node:fs has it exactly.
  if (errno === USE_NODE) return statOf(fs.lstatSync(path, { bigint: true }));
  if (errno !== 0) throw lstatError(errno, path);
  const mode = num[0]!;
  const listed = num[6]!;
  return {
    type: typeOfMode(mode),
    mode,
    uid: num[1]!,
    gid: num[2]!,
    nlink: num[3]!,
    devMajor: num[4]!,
    devMinor: num[5]!,
    // A failed list is listed again by addXattrs, which reports it, unless it means "none".
    xattrs: listed > 0 || (listed < 0 && !XATTR_UNSUPPORTED.has(getSystemErrorName(listed))),
    size: big[0]!,
    blocks: big[1]!,
    atimeNs: big[2]!,
    mtimeNs: big[3]!,
    ctimeNs: big[4]!,
    ino: big[5]!,
    dev: big[6]!,
  };
}

/** An EntryStat from node:fs's lstat or fstat; whether it has extended attributes is not known (true). */
export function statOf(st: BigIntStats): EntryStat {
  const mode = Number(st.mode);
  return {
    type: typeOfMode(mode),
    mode,
    uid: Number(st.uid),
    gid: Number(st.gid),
    nlink: Number(st.nlink),
    ...devNumbers(st.rdev),
    xattrs: true,
    size: st.size,
    blocks: st.blocks,
    atimeNs: st.atimeNs,
    mtimeNs: st.mtimeNs,
    ctimeNs: st.ctimeNs,
    ino: st.ino,
    dev: st.dev,
  };
}

const UNMAPPED: [string, string] = ['UNKNOWN', 'unknown error'];

/** The error fs.lstatSync throws for `errno` (libuv's uvException). */
function lstatError(errno: number, path: Buffer): NodeJS.ErrnoException {
  const [code, text] = getSystemErrorMap().get(-errno) ?? UNMAPPED;
  const shown = path.toString();
  const err: NodeJS.ErrnoException = new Error(`${code}: ${text}, lstat '${shown}'`);
  err.errno = -errno;
  err.syscall = 'lstat';
  err.code = code;
  err.path = shown;
  return err;
}
