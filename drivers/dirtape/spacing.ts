// Where st's spacing operations land on a directory tape (tape-semantics.md 6.1 rules 15-23),
// computed from the record counts of the tape files alone. A position is (tape file f, next
// record r); the filemark after tape file f sits at (f, count of f) for every f but the last.

import type { RecordRuns } from './record-runs.js';

export interface Landing {
  f: number;
  r: number;
  /** Whether st would still know the block number (not after bsf, fsfm, eom, seek). */
  blockKnown: boolean;
  /** Just after a filemark crossed forward (st's ST_FM: a read at end of data then gives 0 once). */
  crossed: boolean;
  /** The operation stopped early (EIO), landing here. */
  stopped?: string;
  /** It stopped because it ran into end of data (st's ST_EOD). */
  endOfData?: boolean;
}

type Spacing = 'fsf' | 'fsfm' | 'bsf' | 'bsfm' | 'fsr' | 'bsr' | 'eom';

export function space(files: RecordRuns[], f: number, r: number, op: Spacing, count: number): Landing {
  const last = files.length - 1;
  const end = (n: number): number => files[n]!.count;
  const at = (f2: number, r2: number, blockKnown: boolean, crossed = false, stopped?: string): Landing =>
    stopped === undefined ? { f: f2, r: r2, blockKnown, crossed } : { f: f2, r: r2, blockKnown, crossed, stopped };
  const atEnd = (stopped: string): Landing => ({ ...at(last, end(last), false, false, stopped), endOfData: true });
  switch (op) {
    case 'fsf':
    case 'fsfm':
      if (count === 0) return at(f, r, true);
      if (f + count > last) return atEnd(`fewer than ${count} filemarks ahead: at end of data`);
      return op === 'fsf' ? at(f + count, 0, true, true) : at(f + count - 1, end(f + count - 1), false);
    case 'bsf':
    case 'bsfm':
      if (count === 0) return at(f, r, true);
      if (f - count < 0) return at(0, 0, true, false, `fewer than ${count} filemarks behind: at beginning of tape`);
      return op === 'bsf' ? at(f - count, end(f - count), false) : at(f - count + 1, 0, true, true);
    case 'fsr': {
      const ahead = end(f) - r;
      if (count <= ahead) return at(f, r + count, true);
      if (f < last) return at(f + 1, 0, true, true, 'filemark reached while spacing records forward');
      return atEnd('end of data reached while spacing records forward');
    }
    case 'bsr':
      if (count <= r) return at(f, r - count, true);
      if (f > 0) return at(f - 1, end(f - 1), false, false, 'filemark reached while spacing records backward');
      return at(0, 0, true, false, 'beginning of tape reached while spacing records backward');
    case 'eom':
      return { ...at(last, end(last), false), endOfData: true };
  }
}

/** Where block address `address` is; baseAddr[i] is the address of tape file i's first record. */
export function locate(files: RecordRuns[], baseAddr: number[], address: number): Landing {
  const last = files.length - 1;
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (baseAddr[mid]! <= address) lo = mid;
    else hi = mid - 1;
  }
  const within = address - baseAddr[lo]!;
  if (within > files[lo]!.count) return { f: last, r: files[last]!.count, blockKnown: false, crossed: false, stopped: `block ${address} is beyond the end of data` };
  return { f: lo, r: within, blockKnown: false, crossed: false };
}
