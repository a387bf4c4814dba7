// What a run saves: every entry the walk finds is compared with the reference state (the
// filelist's record of the complete runs the level refers to). A full saves all of them; an
// incremental the new, changed and unstable ones, and every entry below a DirsToBackup entry
// added since its reference run. Reference names the walk no longer finds, within what this
// run covers, are the run's deletions.
import picomatch from 'picomatch';
import { isWithin, storedName } from '../../names.js';
import type { Reporter } from '../../report.js';
import { ChangeDetector, needsSaving, stateFromStats, type Change } from '../change-detection.js';
import type { FileState } from '../filelist/types.js';
import { SelectedList } from './selected-list.js';
import { walkBackupEntries, type WalkRules } from './tree-walk.js';

export interface Selection {
  entries: SelectedList;
  /** Bytes of the regular files selected, for progress. */
  bytes: bigint;
  deletions: Buffer[];
  counts: Record<Change, number>;
}

export interface SelectOptions {
  root: string;
  /** What this run walks: DirsToBackup, or a part's DirsToBackupN. */
  entries: readonly string[];
  rules: WalkRules;
  reference: Map<string, FileState>;
  saveAll: boolean;
  /** DirsToBackup entries new since the reference run: saved in full. */
  forced: readonly string[];
  report: Reporter;
  /** A private temporary directory for the list of selected entries. */
  workDir: string;
}

/** Whether a stored name lies below one of the entries (glob entries match component-wise). */
export function scopeOf(entries: readonly string[]): (name: Buffer) => boolean {
  const tests = entries.map((e): ((name: Buffer) => boolean) => {
    const stored = storedName(Buffer.from(e));
    if (!stored) return () => false;
    const text = stored.name.toString('latin1');
    if (/[*?[\]{}]/.test(text)) {
      const m = picomatch([text, `${text}/**`], { dot: true });
      return (name) => m(name.toString('latin1'));
    }
    return (name) => isWithin(name, stored.name);
  });
  return (name) => tests.some((t) => t(name));
}

export function selectEntries(o: SelectOptions): Selection {
  const detector = new ChangeDetector(o.reference);
  const forced = new Set(o.forced);
  const counts: Record<Change, number> = { new: 0, changed: 0, unchanged: 0, 'unstable-changed': 0 };
  const entries = new SelectedList(o.workDir);
  let bytes = 0n;
  for (const item of walkBackupEntries(o.root, o.entries, o.rules, o.report)) {
    const state = stateFromStats(item.st);
    const change = detector.check(item.name, state, forced.has(item.entry));
    counts[change]++;
    if (!o.saveAll && !needsSaving(change)) continue;
    entries.add({ name: item.name, path: item.path });
    bytes += state.size;
  }
  entries.close();
  return { entries, bytes, deletions: detector.deletions(scopeOf(o.entries)), counts };
}
