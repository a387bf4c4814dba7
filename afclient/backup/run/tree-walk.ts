// Walks what a backup run saves: the DirsToBackup entries (globs expanded, relative to
// RootDirectory), depth-first in afbackup's order (names sorted bytewise, a directory after its
// contents, as the packer stores them), leaving out FilesToSkip, DirsToSkip (pruned), names in
// per-directory exclude list files and filesystems excluded by FilesystemTypes.
import fs, { type BigIntStats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { errnoCode } from '../../fsx.js';
import { storedName } from '../../names.js';
import type { Reporter } from '../../report.js';
import type { FilesystemRule } from '../client-config.js';
import { filesystemType, sameFilesystemType } from './fs-types.js';

export interface WalkRules {
  filesToSkip: string[];
  dirsToSkip: string[];
  excludeListFile?: string;
  filesystemTypes: FilesystemRule[];
}

export interface TreeItem {
  /** The name stored (relative to RootDirectory). */
  name: Buffer;
  /** Where to read it. */
  path: Buffer;
  st: BigIntStats;
  /** The DirsToBackup entry it was found under. */
  entry: string;
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

export function* walkBackupEntries(root: string, entries: readonly string[], rules: WalkRules, report: Reporter): Generator<TreeItem> {
  const skipFile = matcher(rules.filesToSkip);
  const skipDir = matcher(rules.dirsToSkip);
  const filesystems = new FilesystemFilter(rules.filesystemTypes);
  const seen = new Set<string>();

  function* walk(name: Buffer, p: Buffer, st: BigIntStats, entry: string, excluded: Matcher): Generator<TreeItem> {
    const text = name.toString('latin1');
    const isDir = st.isDirectory();
    if (isDir ? skipDir(text) : skipFile(text)) return;
    if (excluded(text.slice(text.lastIndexOf('/') + 1))) return;
    const fsys = filesystems.decide(p, st);
    if (fsys.prune) return;
    if (isDir) {
      let children: Buffer[] = [];
      try {
        children = fs.readdirSync(p, { encoding: 'buffer' }).sort(Buffer.compare);
      } catch (err) {
        report.problem(name, `cannot read directory (${(err as Error).message}); its contents are not saved`);
      }
      const local = rules.excludeListFile ? excludeList(Buffer.concat([p, SLASH, Buffer.from(rules.excludeListFile)]), name, report) : () => false;
      for (const child of children) {
        const childName = name.equals(Buffer.from('.')) ? child : Buffer.concat([name, SLASH, child]);
        const childPath = Buffer.concat([p, SLASH, child]);
        let cst: BigIntStats;
        try {
          cst = fs.lstatSync(childPath, { bigint: true });
        } catch (err) {
          report.problem(childName, errnoCode(err) === 'ENOENT' ? 'vanished before it could be read; not saved' : `cannot stat (${(err as Error).message}); not saved`);
          continue;
        }
        yield* walk(childName, childPath, cst, entry, local);
      }
    }
    if (fsys.save) yield { name, path: p, st, entry };
  }

  for (const entry of entries) {
    const expanded = expand(root, entry);
    if (expanded.length === 0) report.problem(entry, 'matches nothing; not saved');
    for (const given of expanded) {
      const stored = storedName(Buffer.from(given));
      if (!stored) {
        report.problem(given, "is not below RootDirectory ('..' inside); not saved");
        continue;
      }
      const key = stored.name.toString('latin1');
      if (seen.has(key)) continue;
      seen.add(key);
      const p = Buffer.from(path.resolve(root, given));
      let st: BigIntStats;
      try {
        st = fs.lstatSync(p, { bigint: true });
      } catch (err) {
        report.problem(given, errnoCode(err) === 'ENOENT' ? 'no such file or directory; not saved' : `cannot stat (${(err as Error).message}); not saved`);
        continue;
      }
      yield* walk(stored.name, p, st, entry, () => false);
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
