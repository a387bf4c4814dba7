// Which filelist copies an emergency restore imports. The state of the last run is made of
// the newest complete full backup (all its parts, which may lie over several full backup
// numbers' worth of runs: parts 1..N of number K are done by separate runs, with incrementals
// and parts of K+1 in between) and every run after part 1 of it. So the copies needed are
// those from the copy of that set's part 1 on; `afrestore -e -e` starts one complete set
// further back. The tape file headers say each copy's number, part and level, so this is
// decided before any copy is read.
import { FULL_LEVEL } from '../afclient/backup/filelist/types.js';
import type { MinInfo } from '../afclient/backup/min-restore-info.js';

/** A filelist copy on tape, as its tape file header announces it. */
export interface FilelistCopy {
  cartridge: number;
  tapeFile: number;
  /** The run's final minimum restore information. */
  info: MinInfo;
  /** The run's level (FULL_LEVEL for a full backup part), from the header's run label. */
  level: number;
}

export interface NeededCopies {
  copies: FilelistCopy[];
  /** The full backup number whose part 1 the copies start at; undefined: not among the copies. */
  fullNumber?: number;
}

/** Oldest first: by run start, then by place on tape. */
export const byTime = (a: FilelistCopy, b: FilelistCopy): number => a.info.timeSec - b.info.timeSec || a.cartridge - b.cartridge || a.tapeFile - b.tapeFile;

interface SetOnTape {
  fullNumber: number;
  /** Index of the copy of part 1. */
  start: number;
  parts: number;
  done: Set<number>;
}

/**
 * From `copies` (this client's, up to the last run, oldest first): the ones from part 1 of the
 * complete full set `fullsBack` sets before the newest complete one. When that set (or its
 * part 1) is not among them, every copy is returned without a fullNumber: the caller scans
 * further back, or, having nothing more to scan, imports what there is.
 */
export function neededCopies(copies: readonly FilelistCopy[], fullsBack: number): NeededCopies {
  const sets = new Map<number, SetOnTape>();
  const complete: SetOnTape[] = [];
  copies.forEach((c, i) => {
    if (c.level !== FULL_LEVEL) return;
    const { fullNumber, part, parts } = c.info;
    let set = sets.get(fullNumber);
    // Part 1 starts a set; a part without its part 1 among the copies starts none.
    if (part === 1) {
      set = { fullNumber, start: i, parts, done: new Set() };
      sets.set(fullNumber, set);
    }
    if (!set || set.parts !== parts) return;
    set.done.add(part);
    if (set.done.size === set.parts && !complete.includes(set)) complete.push(set);
  });
  const base = complete[complete.length - 1 - fullsBack];
  if (!base) return { copies: [...copies] };
  return { copies: copies.slice(base.start), fullNumber: base.fullNumber };
}

/** What run a copy belongs to, for messages: `full backup 3 part 2/3`, `level 0 backup of number 3`. */
export function copyRun(c: FilelistCopy): string {
  const { fullNumber, part, parts } = c.info;
  if (c.level === FULL_LEVEL) return `full backup ${fullNumber}${parts > 1 ? ` part ${part}/${parts}` : ''}`;
  return `level ${c.level} backup of number ${fullNumber}`;
}
