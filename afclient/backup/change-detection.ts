// Which entries an incremental saves. afbackup compared only the mtime with the previous run's
// start, so files moved in with an old mtime (tar -x, cp -p, mv) were missed and deletions
// were never noticed. Here an entry is compared with the state the filelist recorded for it:
// any difference in type, size, mtime, ctime, inode or device means it changed (a rename or
// copy-in changes the ctime or inode even when the mtime is old); a name the reference lacks
// is new; a reference name no longer present is a deletion, recorded with the run.
//
// Timestamp granularity: an entry read while its mtime or ctime is in the current tick can
// change again within that tick without any visible difference. Such an entry is recorded as
// unstable (isUnstable at save time) and is saved again by the next run.
import type { BigIntStats } from 'node:fs';
import { entryType } from '../pack/meta.js';
import type { FileState } from './filelist/types.js';
import { nameKey } from './filelist/rows.js';
import type { DirectoryCheck, ReferenceState } from './reference-state.js';

export type Change = 'new' | 'changed' | 'unchanged' | 'unstable-changed';

/** Coarsest timestamp granularity of the filesystems we meet (ext3, FAT's 2 s is rounded by the kernel). */
export const TIMESTAMP_GRANULARITY_NS = 1_000_000_000n;

/** True when the entry's mtime or ctime lies at or after the start of the tick the run started in. */
export function isUnstable(state: Pick<FileState, 'mtimeNs' | 'ctimeNs'>, runStartNs: bigint, granularityNs = TIMESTAMP_GRANULARITY_NS): boolean {
  const rem = runStartNs % granularityNs;
  const tick = runStartNs - (rem < 0n ? rem + granularityNs : rem);
  return state.mtimeNs >= tick || state.ctimeNs >= tick;
}


/**
 * The state to compare and record, from lstat(path, { bigint: true }). The type is the
 * filesystem's (a second hard link is a 'file' here even when the archive stores a link), so
 * the same entry compares equal from run to run.
 */
export function stateFromStats(st: BigIntStats): FileState {
  return { type: entryType(st), size: st.isFile() ? st.size : 0n, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, inode: st.ino, dev: st.dev };
}

/**
 * What change detection compares, as one string: two states differ in type, size, mtime, ctime,
 * inode or device exactly when their signatures differ. The filelist (queries.ts) and the
 * directory scan (fsx.scanDir, native/fsx-scan.h) write the same form: "type size mtime-ns
 * ctime-ns inode dev", decimal, inode and device as signed 64-bit numbers (as SQLite stores
 * them).
 */
export function stateSignature(s: FileState): string {
  return `${s.type} ${s.size} ${s.mtimeNs} ${s.ctimeNs} ${BigInt.asIntN(64, s.inode)} ${BigInt.asIntN(64, s.dev)}`;
}

/** Before the signature of a reference entry recorded as unstable: it equals no current one. */
export const UNSTABLE_MARK = '!';

/** A reference entry's signature (Filelist.referenceState), marked when it was unstable. */
export const referenceSignature = (s: FileState): string => (s.unstable ? UNSTABLE_MARK : '') + stateSignature(s);

/** How an entry with `current` (stateSignature) compares with its referenceSignature. */
export function compareSignatures(current: string, reference: string | undefined): Change {
  if (reference === undefined) return 'new';
  if (reference === current) return 'unchanged';
  return reference.length === current.length + 1 && reference.startsWith(UNSTABLE_MARK) && reference.endsWith(current) ? 'unstable-changed' : 'changed';
}

/** DirsToBackup entries not configured for the reference run: saved in full by this run. */
export function addedBackupEntries(previous: readonly string[] | undefined, current: readonly string[]): string[] {
  if (previous === undefined) return [];
  const before = new Set(previous);
  return current.filter((e) => !before.has(e));
}

/** `change`, made 'changed' for a forced entry, counted. */
export function counted(counts: Record<Change, number>, change: Change, forced: boolean): Change {
  const c = forced && change === 'unchanged' ? 'changed' : change;
  counts[c]++;
  return c;
}

/**
 * One run's change detection over a reference state, counting what it finds. Every entry the
 * walk finds goes through check() (or a DirectoryCheck of children()); afterwards deletions()
 * lists the reference names not met. The state, when given as a function, is read at the first
 * comparison: a walk can start its scan ahead first.
 */
export class ChangeDetector {
  readonly counts: Record<Change, number> = { new: 0, changed: 0, unchanged: 0, 'unstable-changed': 0 };
  private state: ReferenceState | undefined;

  constructor(private readonly reference: ReferenceState | (() => ReferenceState)) {}

  private get loaded(): ReferenceState {
    this.state ??= typeof this.reference === 'function' ? this.reference() : this.reference;
    return this.state;
  }

  /** `forced`: the entry comes from a DirsToBackup entry added since the reference run. */
  check(name: Buffer, current: FileState, forced = false): Change {
    return this.checkKey(nameKey(name), stateSignature(current), forced);
  }

  /** check() for a name given as nameKey(name) and a state as its stateSignature. */
  checkKey(key: string, signature: string, forced = false): Change {
    return counted(this.counts, compareSignatures(signature, this.loaded.take(key)), forced);
  }

  /** For the entries of the directory `dirKey` (the walk's key: '.' for RootDirectory itself). */
  children(dirKey: string): DirectoryCheck {
    return this.loaded.children(dirKey === '.' ? '' : dirKey, this.counts);
  }

  /**
   * Reference names the walk did not find, among those `inScope` (what this run walked: a part
   * of a multi-part full walks only its own DirsToBackup entries). Call once, after the walk.
   */
  deletions(inScope: (name: Buffer) => boolean = () => true): Buffer[] {
    const out: Buffer[] = [];
    for (const key of this.loaded.unmet()) {
      const name = Buffer.from(key, 'latin1');
      if (inScope(name)) out.push(name);
    }
    return out;
  }
}

export const needsSaving = (change: Change): boolean => change !== 'unchanged';
