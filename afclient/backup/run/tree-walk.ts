// Walks what a backup run saves: the DirsToBackup entries (globs expanded, relative to
// RootDirectory), depth-first in afbackup's order (names sorted bytewise, a directory after its
// contents, as the packer stores them), leaving out FilesToSkip, DirsToSkip (pruned), names in
// per-directory exclude list files and filesystems excluded by FilesystemTypes. A one-filesystem
// entry (-m) does not descend into directories on another device than where it starts; a raw
// entry (-r/-R) is one item, the file or device it names (symbolic links followed), never
// skipped. Command entries are not in the tree: selectEntries saves them.
import fs, { type BigIntStats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { errnoCode } from '../../fsx.js';
import { storedName } from '../../names.js';
import type { Reporter } from '../../report.js';
import type { FilesystemRule } from '../client-config.js';
import { resolveEntries, type BackupType, type ResolvedEntry } from './backup-entries.js';
import { filesystemType, sameFilesystemType } from './fs-types.js';

export interface WalkRules {
  filesToSkip: string[];
  dirsToSkip: string[];
  excludeListFile?: string;
  filesystemTypes: FilesystemRule[];
  /** The kind of run, for %T in list entries ("| command"). */
  backupType?: BackupType;
}

export interface TreeItem {
  /** The name stored (relative to RootDirectory). */
  name: Buffer;
  /** Where to read it. */
  path: Buffer;
  st: BigIntStats;
  /** The DirsToBackup entry it was found under. */
  entry: string;
  /** A raw entry: the contents of `path` stored as a regular file, compressed or not. */
  raw?: { compress: boolean };
}

type Matcher = (name: string) => boolean;

/** A pattern with a '/' matches the whole stored name, one without it the last component. */
function matcher(patterns: readonly string[]): Matcher {
  if (patterns.length === 0) return () => false;
  const whole = patterns.filter((p) => p.includes('/')).map((p) => picomatch(p.replace(/^\/+/, ''), { dot: true }));
  const base = patterns.filter((p) => !p.includes('/')).map((p) => picomatch(p, { dot: true }));
  return (name) => {
    const last = name.slice(name.lastIndexOf('/') + 1);
    return base.some((m) => m(last)) || whole.some((m) => m(name));
  };
}

const GLOB = /[*?[\]{}]/;
const SLASH = Buffer.from('/');
const DOT = Buffer.from('.');

/** `dir/child`, without Buffer.concat's general work: the walk makes two per entry. */
function joinName(dir: Buffer, child: Buffer): Buffer {
  const out = Buffer.allocUnsafe(dir.length + 1 + child.length);
  dir.copy(out, 0);
  out[dir.length] = 0x2f;
  child.copy(out, dir.length + 1);
  return out;
}

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

class FilesystemFilter {
  private readonly byDev = new Map<bigint, FsDecision>();
  private readonly only: string[];

  constructor(private readonly rules: readonly FilesystemRule[]) {
    this.only = rules.filter((r) => r.mode === 'only').map((r) => r.type);
  }

  decide(p: Buffer, st: BigIntStats): FsDecision {
    const known = this.byDev.get(st.dev);
    if (known) return known;
    let type: string;
    try {
      type = filesystemType(p);
    } catch {
      type = '';
    }
    const rule = this.rules.find((r) => r.mode !== 'only' && sameFilesystemType(r.type, type));
    const decision: FsDecision = {
      prune: rule?.mode === 'prune',
      save: rule?.mode !== 'skip' && (this.only.length === 0 || this.only.some((t) => sameFilesystemType(t, type))),
    };
    this.byDev.set(st.dev, decision);
    return decision;
  }
}

/** Walks DirsToBackup as configured (prefix words, list commands: see backup-entries.ts). */
export function walkBackupEntries(root: string, words: readonly string[], rules: WalkRules, report: Reporter): Generator<TreeItem> {
  return walkResolved(root, resolveEntries(words, { root, ...(rules.backupType ? { backupType: rules.backupType } : {}), report }), rules, report);
}

export function* walkResolved(root: string, entries: readonly ResolvedEntry[], rules: WalkRules, report: Reporter): Generator<TreeItem> {
  const skipFile = matcher(rules.filesToSkip);
  const skipDir = matcher(rules.dirsToSkip);
  const filesystems = new FilesystemFilter(rules.filesystemTypes);
  const seen = new Set<string>();

  /** `device`: of a one-filesystem entry's start; directories elsewhere are saved, not entered. */
  function* walk(name: Buffer, p: Buffer, st: BigIntStats, entry: string, excluded: Matcher, device: bigint | undefined): Generator<TreeItem> {
    const text = name.toString('latin1');
    const isDir = st.isDirectory();
    if (isDir ? skipDir(text) : skipFile(text)) return;
    if (excluded(text.slice(text.lastIndexOf('/') + 1))) return;
    const fsys = filesystems.decide(p, st);
    if (fsys.prune) return;
    if (isDir && (device === undefined || st.dev === device)) {
      let children: Buffer[] = [];
      try {
        children = fs.readdirSync(p, { encoding: 'buffer' }).sort(Buffer.compare);
      } catch (err) {
        report.problem(name, `cannot read directory (${(err as Error).message}); its contents are not saved`);
      }
      const local = rules.excludeListFile ? excludeList(Buffer.concat([p, SLASH, Buffer.from(rules.excludeListFile)]), name, report) : () => false;
      const atRoot = name.equals(DOT);
      for (const child of children) {
        const childName = atRoot ? child : joinName(name, child);
        const childPath = joinName(p, child);
        let cst: BigIntStats;
        try {
          cst = fs.lstatSync(childPath, { bigint: true });
        } catch (err) {
          report.problem(childName, errnoCode(err) === 'ENOENT' ? 'vanished before it could be read; not saved' : `cannot stat (${(err as Error).message}); not saved`);
          continue;
        }
        yield* walk(childName, childPath, cst, entry, local, device);
      }
    }
    if (fsys.save) yield { name, path: p, st, entry };
  }

  for (const entry of entries) {
    if (entry.kind === 'command') continue;
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
      let st: BigIntStats;
      try {
        st = entry.kind === 'raw' ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true });
      } catch (err) {
        report.problem(given, errnoCode(err) === 'ENOENT' ? 'no such file or directory; not saved' : `cannot stat (${(err as Error).message}); not saved`);
        continue;
      }
      if (entry.kind === 'raw') {
        // Opening a FIFO or socket for its contents would wait for a writer that may never come.
        if (!st.isFile() && !st.isBlockDevice() && !st.isCharacterDevice()) report.problem(given, `is ${st.isDirectory() ? 'a directory' : 'neither a file nor a device'}: a raw entry (-r, -R) saves the contents of a device or file; not saved`);
        else yield { name: stored.name, path: p, st, entry: entry.text, raw: { compress: entry.compress } };
        continue;
      }
      yield* walk(stored.name, p, st, entry.text, () => false, entry.oneFilesystem ? st.dev : undefined);
    }
  }
}

/** The patterns of a directory's exclude list file (one per line, '#' comments), for its entries. */
function excludeList(file: Buffer, dirName: Buffer, report: Reporter): Matcher {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') report.problem(dirName, `cannot read its exclude list (${(err as Error).message}); nothing excluded there`);
    return () => false;
  }
  const patterns = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const matchers = patterns.map((p) => picomatch(p, { dot: true }));
  return (base) => matchers.some((m) => m(base));
}
