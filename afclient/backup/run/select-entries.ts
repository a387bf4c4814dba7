// What a run saves: every entry the walk finds is compared with the reference state (the
// filelist's record of the complete runs the level refers to). A full saves all of them; an
// incremental the new, changed and unstable ones, and every entry below a DirsToBackup entry
// added since its reference run. Command entries and raw entries (-r, -R) are saved by every
// run: a command's output and a device's contents have no mtime to compare. Reference names
// the walk no longer finds, within what this run covers, are the run's deletions. The walk
// lets the event loop run now and then, so the connection to the server is made meanwhile.
import { setImmediate as nextTurn } from 'node:timers/promises';
import picomatch from 'picomatch';
import type { CommandSpec } from '../../../protocol/archive/entry.js';
import { isWithin, storedName } from '../../names.js';
import type { Reporter } from '../../report.js';
import { ChangeDetector, type Change } from '../change-detection.js';
import type { ReferenceState } from '../reference-state.js';
import type { FileState } from '../filelist/types.js';
import { resolveEntries, type ResolvedEntry } from './backup-entries.js';
import { SelectedList } from './selected-list.js';
import { TURN, walkResolved, type WalkRules } from './tree-walk.js';

/** An entry saved every run, packed before the tree's entries. */
export type SpecialEntry =
  | { kind: 'raw'; name: Buffer; path: Buffer; compress: boolean }
  | { kind: 'command'; name: Buffer; spec: CommandSpec; cwd: string };

export interface Selection {
  entries: SelectedList;
  /** Command and raw entries (few: they come from DirsToBackup itself). */
  specials: SpecialEntry[];
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
  /**
   * Filelist.referenceState; or a function reading it, called once the walk has started, so
   * that its scan ahead (tree-walk.ts) goes on while the state is read.
   */
  reference: ReferenceState | (() => ReferenceState);
  saveAll: boolean;
  /** DirsToBackup entries new since the reference run: saved in full. */
  forced: readonly string[];
  report: Reporter;
  /** A private temporary directory for the list of selected entries. */
  workDir: string;
}

type ScopeEntry = { name: Buffer; glob: boolean };

function scopeOfNames(entries: readonly ScopeEntry[]): (name: Buffer) => boolean {
  const tests = entries.map((e): ((name: Buffer) => boolean) => {
    const stored = storedName(e.name);
    if (!stored) return () => false;
    const text = stored.name.toString('latin1');
    if (e.glob && /[*?[\]{}]/.test(text)) {
      const m = picomatch([text, `${text}/**`], { dot: true });
      return (name) => m(name.toString('latin1'));
    }
    return (name) => isWithin(name, stored.name);
  });
  return (name) => tests.some((t) => t(name));
}

/** Whether a stored name lies below one of the entries (glob entries match component-wise). */
export function scopeOf(entries: readonly string[]): (name: Buffer) => boolean {
  return scopeOfNames(entries.map((e) => ({ name: Buffer.from(e), glob: true })));
}

/** What the filelist records for a command entry: it has no file behind it. */
export function commandState(nowNs: bigint): FileState {
  return { type: 'command', size: 0n, mtimeNs: nowNs, ctimeNs: nowNs, inode: 0n, dev: 0n };
}

export async function selectEntries(o: SelectOptions): Promise<Selection> {
  const forced = new Set(o.forced);
  const entries = new SelectedList(o.workDir);
  const specials: SpecialEntry[] = [];
  let bytes = 0n;
  const resolved: ResolvedEntry[] = resolveEntries(o.entries, { root: o.root, ...(o.rules.backupType ? { backupType: o.rules.backupType } : {}), report: o.report });
  const unknown = new Set<string>();
  const detector = new ChangeDetector(o.reference);
  // Decided once per DirsToBackup entry, not per walked entry.
  const forcedEntries = new Set(resolved.filter((e) => forced.has(e.text) || (e.kind !== 'command' && forced.has(e.name.toString()))).map((e) => e.text));
  const walk = walkResolved(o.root, resolved, o.rules, o.report, (key) => unknown.add(key), { detector, saveAll: o.saveAll, forced: forcedEntries });
  try {
    // The walk's first step starts its scan ahead, which goes on while the reference is read
    // (at the walk's first comparison).
    let step = walk.next();
    const now = BigInt(Date.now()) * 1_000_000n;
    for (const e of resolved) {
      if (e.kind !== 'command') continue;
      detector.check(e.name, commandState(now));
      specials.push({ kind: 'command', name: e.name, spec: e.spec, cwd: o.root });
    }
    // The walk yields what this run saves, and TURN now and then.
    for (; !step.done; step = walk.next()) {
      const item = step.value;
      if (item === TURN) {
        await nextTurn();
        continue;
      }
      bytes += item.state.size;
      if (item.raw) specials.push({ kind: 'raw', name: item.name, path: item.path, compress: item.raw.compress });
      else entries.addKeys(item.key, item.pathText);
    }
  } finally {
    // Ends a walk left early (an error) with its scan ahead.
    walk.return(undefined);
  }
  entries.close();
  const scope = scopeOfNames(resolved.flatMap((e) => (e.kind === 'command' ? [] : [{ name: e.name, glob: e.kind === 'path' && e.glob }])));
  const known = (name: Buffer): boolean => scope(name) && (unknown.size === 0 || !withinUnknown(name.toString('latin1'), unknown));
  return { entries, specials, bytes, deletions: detector.deletions(known), counts: { ...detector.counts } };
}

/**
 * Whether a name (nameKey) is one of the names the walk could not learn the state of, or below
 * one: a directory it could not read may still hold everything it held, so a restore of the
 * state at this run must not leave that out as deleted.
 */
export function withinUnknown(key: string, unknown: ReadonlySet<string>): boolean {
  if (unknown.has('.') || unknown.has(key)) return true;
  for (let at = key.indexOf('/'); at > 0; at = key.indexOf('/', at + 1)) if (unknown.has(key.slice(0, at))) return true;
  return false;
}
