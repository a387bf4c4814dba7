// Where each spacing operation of st lands on a medium described by an ObjectIndex
// (tape-semantics.md rules 15-20, 22). Pure: the drive applies the landing and turns a stop into
// the errno st gives (EIO for all of them).
import type { ObjectIndex } from './object-index.js';

export interface Landing {
  address: number;
  /** Whether st still knows the block number there (-1 in MTIOCGET when not). */
  block: 'known' | 'unknown' | 'keep';
  /** The last thing passed was a filemark, forward (st's ST_FM state). */
  crossedFilemark?: boolean;
  /** Why the operation stopped short, if it did. */
  stop?: 'filemark' | 'end-of-data' | 'beginning-of-tape';
}

/** MTFSF: after the n-th filemark ahead. */
export function forwardFilemarks(index: ObjectIndex, from: number, n: number): Landing {
  const target = index.filemarkAt(index.filemarksBefore(from) + n - 1);
  if (target !== undefined) return { address: target + 1, block: 'known', crossedFilemark: true };
  return atEndOfData(index);
}

/** MTFSFM: before the n-th filemark ahead. */
export function forwardFilemarksBefore(index: ObjectIndex, from: number, n: number): Landing {
  const target = index.filemarkAt(index.filemarksBefore(from) + n - 1);
  if (target !== undefined) return { address: target, block: 'unknown' };
  return atEndOfData(index);
}

/** MTBSF: before the n-th filemark behind. */
export function backwardFilemarks(index: ObjectIndex, from: number, n: number): Landing {
  const k = index.filemarksBefore(from) - n;
  const target = index.filemarkAt(k);
  if (target !== undefined) return { address: target, block: 'unknown' };
  return { address: 0, block: 'known', stop: 'beginning-of-tape' };
}

/** MTBSFM: after the n-th filemark behind. */
export function backwardFilemarksAfter(index: ObjectIndex, from: number, n: number): Landing {
  const target = index.filemarkAt(index.filemarksBefore(from) - n);
  if (target !== undefined) return { address: target + 1, block: 'known', crossedFilemark: true };
  return { address: 0, block: 'known', stop: 'beginning-of-tape' };
}

/** MTFSR: n records ahead; a filemark on the way is crossed and stops it. */
export function forwardRecords(index: ObjectIndex, from: number, n: number): Landing {
  const filemark = index.filemarkAt(index.filemarksBefore(from));
  if (filemark !== undefined && filemark < from + n) return { address: filemark + 1, block: 'known', crossedFilemark: true, stop: 'filemark' };
  if (from + n > index.count) return { address: index.count, block: 'keep', stop: 'end-of-data' };
  return { address: from + n, block: 'keep' };
}

/** MTBSR: n records back; a filemark on the way is crossed and stops it, the tape before it. */
export function backwardRecords(index: ObjectIndex, from: number, n: number): Landing {
  const filemark = index.filemarkAt(index.filemarksBefore(from) - 1);
  if (filemark !== undefined && filemark >= from - n) return { address: filemark, block: 'unknown', stop: 'filemark' };
  if (from - n < 0) return { address: 0, block: 'known', stop: 'beginning-of-tape' };
  return { address: from - n, block: 'keep' };
}

/** MTEOM. */
export function endOfData(index: ObjectIndex): Landing {
  return { address: index.count, block: 'unknown' };
}

/** A space forward ran into end of data: st then no longer knows the block number. */
function atEndOfData(index: ObjectIndex): Landing {
  return { address: index.count, block: 'unknown', stop: 'end-of-data' };
}
