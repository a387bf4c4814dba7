// What a restore takes from the filelist: the newest version of each name matching the
// patterns (afbackup's substring patterns, -p exact, -i, globs) within the -A/-B windows, or
// with -a the whole state of the last run. Names deleted by the time asked for are left out,
// so a restore "as of" a date does not bring back files that were gone then.
import path from 'node:path';
import type { Filelist } from '../afclient/backup/filelist/filelist.js';
import type { FileVersion } from '../afclient/backup/filelist/types.js';
import type { TimeBounds } from './time-window.js';

export interface RestoreQuery {
  patterns: string[];
  exact: boolean;
  ignoreCase: boolean;
  /** -A: from (inclusive). */
  after: TimeBounds;
  /** -B: up to (inclusive). */
  before: TimeBounds;
  /** -<n>: the n-th older filelist. */
  olderFilelist?: number;
  /** -T */
  cartridges?: number[];
  /** -a: the whole state of the last run (or of the -B % backup time). */
  all: boolean;
  /** Only this owner's entries (acting for a user). */
  uid?: number;
}

/**
 * Stored names are relative (a leading '/' is never stored): an absolute pattern is taken
 * relative to RootDirectory, like the names full_backup stored below it.
 */
export function storedPattern(pattern: string, rootDirectory: string): string {
  if (!pattern.startsWith('/')) return pattern;
  const rel = path.relative(rootDirectory, pattern);
  if (rel !== '' && !rel.startsWith('..')) return rel;
  return pattern.replace(/^\/+/, '');
}

export function selectVersions(fl: Filelist, q: RestoreQuery): FileVersion[] {
  if (q.all) {
    const runs = fl.runs().filter((r) => r.state !== 'running' && (q.before.backupNs === undefined || r.startNs <= q.before.backupNs));
    const last = runs.at(-1);
    if (!last) return [];
    const cartridges = q.cartridges ? new Set(q.cartridges) : undefined;
    const { mtimeNs: from } = q.after;
    const { mtimeNs: to } = q.before;
    return fl
      .stateAt(last.startNs)
      .filter(
        (v) =>
          (q.uid === undefined || v.uid === q.uid) &&
          (!cartridges || cartridges.has(v.cartridge)) &&
          (from === undefined || v.mtimeNs >= from) &&
          (to === undefined || v.mtimeNs <= to),
      );
  }
  return fl.findVersions({
    patterns: q.patterns,
    exact: q.exact,
    ignoreCase: q.ignoreCase,
    ...(q.after.mtimeNs !== undefined ? { mtimeFrom: q.after.mtimeNs } : {}),
    ...(q.before.mtimeNs !== undefined ? { mtimeTo: q.before.mtimeNs } : {}),
    ...(q.after.backupNs !== undefined ? { backupFrom: q.after.backupNs } : {}),
    ...(q.before.backupNs !== undefined ? { backupTo: q.before.backupNs } : {}),
    ...(q.uid !== undefined ? { uid: q.uid } : {}),
    ...(q.olderFilelist !== undefined ? { olderFilelist: q.olderFilelist } : {}),
    ...(q.cartridges ? { cartridges: q.cartridges } : {}),
    latest: true,
  });
}
