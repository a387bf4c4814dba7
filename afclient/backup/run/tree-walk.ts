// Walks what a backup run saves: the DirsToBackup entries (globs expanded, relative to
// RootDirectory), depth-first in afbackup's order (names sorted bytewise, a directory after its
// contents, as the packer stores them), leaving out FilesToSkip, DirsToSkip (pruned), names in
// per-directory exclude list files and filesystems excluded by FilesystemTypes. A one-filesystem
// entry (-m) does not descend into directories on another device than where it starts; a raw
// entry (-r/-R) is one item, the file or device it names (symbolic links followed), never
// skipped. Command entries are not in the tree: selectEntries saves them. Without DirsToSkip
// and exclude lists, a thread scans the tree ahead of the walk (TreeScan, native/fsx-ahead.h).
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { errnoCode } from '../../fsx.js';
import { storedName } from '../../names.js';
import type { Reporter } from '../../report.js';
import { needsSaving, stateFromStats, stateSignature, type Change, type ChangeDetector } from '../change-detection.js';
import type { DirectoryCheck } from '../reference-state.js';
import type { FilesystemRule } from '../client-config.js';
import type { FileState } from '../filelist/types.js';
import { resolveEntries, type BackupType, type ResolvedEntry } from './backup-entries.js';
import { ScannedDir, TreeScan } from './dir-scan.js';
import { filesystemType, sameFilesystemType } from './fs-types.js';

export interface WalkRules {
  filesToSkip: string[];
  dirsToSkip: string[];
  excludeListFile?: string;
  filesystemTypes: FilesystemRule[];
  /** The kind of run, for %T in list entries ("| command"). */
  backupType?: BackupType;
}

/** One entry the walk found. Names and paths are kept as strings of one character per byte
 * (latin1, nameKey's form); `name` and `path` make Buffers of them for the entries saved. */
export class TreeItem {
  constructor(
    /** The name stored (relative to RootDirectory), latin1. */
    readonly key: string,
    /** Where to read it, latin1. */
    readonly pathText: string,
    /** Its stateSignature, what change detection compares. */
    readonly signature: string,
    /** lstat's fields that change detection compares (stat's for a raw entry), or the scan holding them. */
    private readonly stats: FileState | ScannedDir,
    /** The DirsToBackup entry it was found under. */
    readonly entry: string,
    /** A raw entry: the contents of `path` stored as a regular file, compressed or not. */
    readonly raw?: { compress: boolean },
    /** The entry's place in the scan. */
    private readonly index = 0,
  ) {}

  get name(): Buffer {
    return Buffer.from(this.key, 'latin1');
  }

  get path(): Buffer {
    return Buffer.from(this.pathText, 'latin1');
  }

  /** Made when asked: an incremental needs it only for the few entries it saves. */
  get state(): FileState {
    const s = this.stats;
    return s instanceof ScannedDir ? s.state(this.index) : s;
  }
}

/** An item of an entry found by lstat (or stat) rather than by a directory scan. */
function statItem(key: string, pathText: string, state: FileState, entry: string, raw?: { compress: boolean }): TreeItem {
  return new TreeItem(key, pathText, stateSignature(state), state, entry, raw);
}

type Matcher = (name: string) => boolean;

/** A pattern with a '/' matches the whole stored name, one without it the last component; none: undefined. */
function matcher(patterns: readonly string[]): Matcher | undefined {
  if (patterns.length === 0) return undefined;
  const whole = patterns.filter((p) => p.includes('/')).map((p) => picomatch(p.replace(/^\/+/, ''), { dot: true }));
  const base = patterns.filter((p) => !p.includes('/')).map((p) => picomatch(p, { dot: true }));
  return (name) => {
    const last = name.slice(name.lastIndexOf('/') + 1);
    return base.some((m) => m(last)) || whole.some((m) => m(name));
  };
}

const GLOB = /[*?[\]{}]/;
const SLASH = Buffer.from('/');

/** Expands glob characters in the components of a DirsToBackup entry; sorted, as the walk. */
function expand(root: string, entry: string): string[] {
  if (!GLOB.test(entry)) return [entry];
  const absolute = entry.startsWith('/');
  let found = [absolute ? '/' : ''];
  for (const part of entry.split('/').filter(Boolean)) {
    const next: string[] = [];
    for (const dir of found) {
      if (!GLOB.test(part)) {
        next.push(path.posix.join(dir, part));
        continue;
      }
      const match = picomatch(part, { dot: false });
      let names: string[] = [];
      try {
        names = fs.readdirSync(path.resolve(root, dir || '.')).filter((n) => match(n)).sort();
      } catch {
        // an unreadable level expands to nothing; the entry is reported below when nothing is left
      }
      for (const n of names) next.push(dir ? path.posix.join(dir, n) : n);
    }
    found = next;
  }
  return found;
}

interface FsDecision {
  prune: boolean;
  save: boolean;
}

/** Saved and entered: what every filesystem gets without FilesystemTypes. */
const ANY_FILESYSTEM: FsDecision = { prune: false, save: true };

class FilesystemFilter {
  private readonly byDev = new Map<bigint, FsDecision>();
  private readonly only: string[];
  private lastDev = -1n;
  private last: FsDecision = { prune: false, save: true };

  constructor(private readonly rules: readonly FilesystemRule[]) {
    this.only = rules.filter((r) => r.mode === 'only').map((r) => r.type);
  }

  /** `path`: latin1. Entries come in runs on one device: the last decision is kept at hand. */
  decide(path: string, dev: bigint): FsDecision {
    if (dev === this.lastDev) return this.last;
    this.lastDev = dev;
    this.last = this.byDev.get(dev) ?? this.typeDecision(path, dev);
    return this.last;
  }

  private typeDecision(p: string, dev: bigint): FsDecision {
    let type: string;
    try {
      type = filesystemType(Buffer.from(p, 'latin1'));
    } catch {
      type = '';
    }
    const rule = this.rules.find((r) => r.mode !== 'only' && sameFilesystemType(r.type, type));
    const decision: FsDecision = {
      prune: rule?.mode === 'prune',
      save: rule?.mode !== 'skip' && (this.only.length === 0 || this.only.some((t) => sameFilesystemType(t, type))),
    };
    this.byDev.set(dev, decision);
    return decision;
  }
}

/** Walks DirsToBackup as configured (prefix words, list commands: see backup-entries.ts): every entry. */
export function* walkBackupEntries(root: string, words: readonly string[], rules: WalkRules, report: Reporter): Generator<TreeItem> {
  for (const item of walkResolved(root, resolveEntries(words, { root, ...(rules.backupType ? { backupType: rules.backupType } : {}), report }), rules, report)) if (item !== TURN) yield item;
}

/** Yielded now and then by a walk with change detection: its caller may let the event loop run. */
export const TURN: unique symbol = Symbol('turn');

/** Walked entries between two TURNs: a few milliseconds of work. */
const ENTRIES_PER_TURN = 1024;

/** What the walk's step through a directory gives when it has entered a subdirectory. */
const ENTERED: unique symbol = Symbol('entered');

/**
 * Change detection during the walk: each entry is compared with the reference as its directory
 * is gone through, and only what the run saves becomes a TreeItem.
 */
export interface WalkChanges {
  detector: ChangeDetector;
  /** Yield every entry (a full backup), not only the new, changed and unstable ones. */
  saveAll: boolean;
  /** DirsToBackup entries (ResolvedEntry.text) whose entries count as changed: added since the reference run. */
  forced: ReadonlySet<string>;
}

/** A directory being walked: its entries, the next one to visit, and itself, saved after them. */
interface Frame {
  dir: ScannedDir;
  next: number;
  key: string;
  pathText: string;
  /** Its own item, when it is to be yielded after its contents. */
  item: TreeItem | undefined;
  excluded: Matcher;
  /** Its entries against the reference's children of it (with change detection). */
  check: DirectoryCheck | undefined;
}

/** What the walk does with an entry (bits): saves it, enters it (a directory). */
const SAVE = 1;
const ENTER = 2;

/**
 * `unknown(key)`: called for each name whose state could not be learnt for another reason than
 * its absence (a directory that cannot be read, an lstat failing with EACCES or EIO): that name
 * and everything below it may still exist, so none of it counts as deleted. Without `changes`
 * every entry is yielded; with it, what the run saves (and TURN now and then).
 */
export function* walkResolved(
  root: string,
  entries: readonly ResolvedEntry[],
  rules: WalkRules,
  report: Reporter,
  unknown: (key: string) => void = () => undefined,
  changes?: WalkChanges,
): Generator<TreeItem | typeof TURN> {
  const skipFile = matcher(rules.filesToSkip);
  const skipDir = matcher(rules.dirsToSkip);
  const filesystems = rules.filesystemTypes.length > 0 ? new FilesystemFilter(rules.filesystemTypes) : undefined;
  const seen = new Set<string>();
  const excludeFile = rules.excludeListFile !== undefined ? Buffer.from(rules.excludeListFile).toString('latin1') : undefined;
  const skipsNoDirectory = rules.dirsToSkip.length === 0 && excludeFile === undefined;
  const detector = changes?.detector;
  const saveAll = changes?.saveAll ?? true;
  let walked = 0;
  /** Whether a saved entry that compared as `change` (undefined: not compared) is yielded. */
  const yielded = (change: Change | undefined): boolean => saveAll || change === undefined || needsSaving(change);

  /**
   * Depth-first without recursion (a generator per level would pass every item up through all
   * levels): names sorted bytewise, a directory after its contents. `device`: of a
   * one-filesystem entry's start; directories elsewhere are saved, not entered. An entry the
   * run does not save costs no name, path or item: only its comparison.
   */
  function* walk(start: TreeItem, device: bigint | undefined, forced: boolean): Generator<TreeItem | typeof TURN> {
    const stack: Frame[] = [];
    /** Whether FilesToSkip, DirsToSkip or an exclude list leaves out `base` of `dirKey` (its nameKey `key`, made here if a pattern needs it). */
    const skipped = (key: string | undefined, dirKey: string, base: string, isDir: boolean, excluded: Matcher): boolean => {
      const skip = isDir ? skipDir : skipFile;
      return (skip !== undefined && skip(key ?? childKeyOf(dirKey, base))) || (excluded !== NOTHING && excluded(base));
    };
    /** SAVE and ENTER bits for an entry on filesystem `dev` (`pathText`: latin1); none when its filesystem is pruned. */
    const byFilesystem = (pathText: string, isDir: boolean, dev: bigint): number => {
      const fsys = filesystems ? filesystems.decide(pathText, dev) : ANY_FILESYSTEM;
      if (fsys.prune) return 0;
      return (fsys.save ? SAVE : 0) | (isDir && (device === undefined || dev === device) ? ENTER : 0);
    };
    // The common case decides without the entry's device or path.
    const anyDevice = filesystems === undefined && device === undefined;
    /** Reads a directory to enter (on filesystem `dev`) and puts it on the stack. */
    const enter = (item: TreeItem, dev: bigint, yieldAfter: boolean): void => {
      let dir: ScannedDir;
      try {
        dir = tree !== undefined && dev === tree.dev ? ScannedDir.readFrom(tree, item.pathText) : ScannedDir.read(item.pathText);
      } catch (err) {
        report.problem(item.name, `cannot read directory (${(err as Error).message}); its contents are not saved`);
        if (errnoCode(err) !== 'ENOENT') unknown(item.key);
        dir = ScannedDir.EMPTY;
      }
      const local = excludeFile ? excludeList(`${item.pathText}/${excludeFile}`, dir, excludeFile, item.key, report) : NOTHING;
      stack.push({ dir, next: 0, key: item.key, pathText: item.pathText, item: yieldAfter ? item : undefined, excluded: local, check: detector?.children(item.key) });
    };

    /**
     * Goes on through `top`'s entries up to one to yield (or TURN), or one it enters (ENTERED:
     * on the stack now), or its end (undefined). A plain function, not part of the generator: a
     * loop in a generator is never optimized while it runs (no on-stack replacement), and with
     * change detection the walk goes through thousands of entries between two yields.
     */
    const nextIn = (top: Frame): TreeItem | typeof TURN | typeof ENTERED | undefined => {
      const { dir } = top;
      while (top.next < dir.names.length) {
        if (detector && ++walked === ENTRIES_PER_TURN) {
          walked = 0;
          return TURN;
        }
        const i = top.next++;
        const child = dir.names[i]!;
        if (dir.failed(i)) {
          const error = dir.error(i)!;
          const childKey = childKeyOf(top.key, child);
          report.problem(Buffer.from(childKey, 'latin1'), error === 'ENOENT' ? 'vanished before it could be read; not saved' : `cannot stat (${error}, lstat '${top.pathText}/${child}'); not saved`);
          if (error !== 'ENOENT') unknown(childKey);
          continue;
        }
        const isDir = dir.isDirectory(i);
        if (skipped(undefined, top.key, child, isDir, top.excluded)) continue;
        const what = anyDevice ? SAVE | (isDir ? ENTER : 0) : byFilesystem(`${top.pathText}/${child}`, isDir, dir.dev(i));
        if (what === 0) continue;
        const change = what & SAVE ? top.check?.check(child, dir.signatures[i]!, forced) : undefined;
        const save = (what & SAVE) !== 0 && yielded(change);
        if (!save && !(what & ENTER)) continue;
        const item = new TreeItem(childKeyOf(top.key, child), `${top.pathText}/${child}`, dir.signatures[i]!, dir, start.entry, undefined, i);
        if (!(what & ENTER)) return item;
        enter(item, dir.dev(i), save);
        return ENTERED;
      }
      return undefined;
    };

    const state = start.state;
    const startIsDir = state.type === 'directory';
    const first = skipped(start.key, '', start.key.slice(start.key.lastIndexOf('/') + 1), startIsDir, NOTHING) ? 0 : byFilesystem(start.pathText, startIsDir, state.dev);
    // Without DirsToSkip and exclude lists the walk enters every directory on the start's
    // filesystem (its type was judged by the start's): exactly those a TreeScan scans ahead.
    const tree = first & ENTER && skipsNoDirectory ? TreeScan.start(start.pathText, state.dev) : undefined;
    try {
      // Compared after the scan ahead has started: the first comparison reads the reference.
      const startChange = first & SAVE ? detector?.checkKey(start.key, start.signature, forced) : undefined;
      const startYielded = (first & SAVE) !== 0 && yielded(startChange);
      if (first & ENTER) enter(start, state.dev, startYielded);
      else if (startYielded) yield start;
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const found = nextIn(top);
        if (found === undefined) {
          stack.pop();
          if (top.item) yield top.item;
        } else if (found !== ENTERED) yield found;
      }
    } finally {
      tree?.close();
    }
  }

  for (const entry of entries) {
    if (entry.kind === 'command') continue;
    const forced = changes?.forced.has(entry.text) ?? false;
    const expanded = entry.kind === 'path' && entry.glob ? expand(root, entry.name.toString()).map((g) => Buffer.from(g)) : [entry.name];
    if (expanded.length === 0) report.problem(entry.text, 'matches nothing; not saved');
    for (const given of expanded) {
      const stored = storedName(given);
      if (!stored) {
        report.problem(given, "is not below RootDirectory ('..' inside); not saved");
        continue;
      }
      const key = stored.name.toString('latin1');
      if (seen.has(key)) continue;
      seen.add(key);
      // path.resolve normalizes ('.', '..' of RootDirectory) but only a UTF-8 name survives it.
      const utf8 = Buffer.from(given.toString()).equals(given);
      const p = utf8 ? Buffer.from(path.resolve(root, given.toString())) : given[0] === SLASH[0] ? given : Buffer.concat([Buffer.from(path.resolve(root)), SLASH, given]);
      let st: fs.BigIntStats;
      try {
        st = entry.kind === 'raw' ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true });
      } catch (err) {
        report.problem(given, errnoCode(err) === 'ENOENT' ? 'no such file or directory; not saved' : `cannot stat (${(err as Error).message}); not saved`);
        if (errnoCode(err) !== 'ENOENT') unknown(key);
        continue;
      }
      if (entry.kind === 'raw') {
        // Opening a FIFO or socket for its contents would wait for a writer that may never come.
        if (!st.isFile() && !st.isBlockDevice() && !st.isCharacterDevice()) {
          report.problem(given, `is ${st.isDirectory() ? 'a directory' : 'neither a file nor a device'}: a raw entry (-r, -R) saves the contents of a device or file; not saved`);
          continue;
        }
        // Saved by every run, whatever the comparison says: a device's contents have no mtime.
        const item = statItem(key, p.toString('latin1'), stateFromStats(st), entry.text, { compress: entry.compress });
        detector?.checkKey(key, item.signature, forced);
        yield item;
        continue;
      }
      yield* walk(statItem(key, p.toString('latin1'), stateFromStats(st), entry.text), entry.oneFilesystem ? st.dev : undefined, forced);
    }
  }
}

/** The nameKey of entry `name` of the directory `dirKey` ('.': RootDirectory itself). */
const childKeyOf = (dirKey: string, name: string): string => (dirKey === '.' ? name : `${dirKey}/${name}`);

const NOTHING: Matcher = () => false;

/**
 * The patterns of a directory's exclude list file (one per line, '#' comments), for its
 * entries. Most directories have none: the scan's names say so without a failing open.
 */
function excludeList(file: string, dir: ScannedDir, fileName: string, dirKey: string, report: Reporter): Matcher {
  if (!fileName.includes('/') && !dir.has(fileName)) return NOTHING;
  let text: string;
  try {
    text = fs.readFileSync(Buffer.from(file, 'latin1'), 'utf8');
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') report.problem(Buffer.from(dirKey, 'latin1'), `cannot read its exclude list (${(err as Error).message}); nothing excluded there`);
    return NOTHING;
  }
  const patterns = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const matchers = patterns.map((p) => picomatch(p, { dot: true }));
  return (base) => matchers.some((m) => m(base));
}
