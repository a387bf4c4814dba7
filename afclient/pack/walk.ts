// Walks the paths to pack in afbackup's order: depth-first, names sorted bytewise, a directory's
// own record after its contents (so that a restore can set directory times last).
import fs from 'node:fs';
import path from 'node:path';
import { errnoCode } from '../fsx.js';
import { storedName } from '../names.js';
import type { Reporter } from '../report.js';
import { statOf, type EntryStat } from './entry-stat.js';

export interface WalkItem {
  /** The name to store. */
  name: Buffer;
  /** Where to read it (absolute, or relative to the process's cwd). */
  path: Buffer;
  st: EntryStat;
}

const SLASH = Buffer.from('/');
const DOT = Buffer.from('.');

// Synchronous on purpose: an lstat is a few microseconds, a promise round trip many times that.
function lstat(p: Buffer): EntryStat {
  return statOf(fs.lstatSync(p, { bigint: true }));
}

/** Walks one path given by the user; `root` is the directory relative names are taken from. */
export function* walkPath(root: string, given: Buffer, report: Reporter): Generator<WalkItem> {
  const stored = storedName(given);
  if (!stored) {
    report.problem(given, "refusing to store a name that leaves the directory ('..' inside); not stored");
    return;
  }
  if (stored.stripped) report.note(given, `removing leading '${stored.stripped}' from the stored name`);
  const p = given[0] === SLASH[0] ? given : Buffer.concat([Buffer.from(path.resolve(root)), SLASH, given]);
  let st: EntryStat;
  try {
    st = lstat(p);
  } catch (err) {
    report.problem(given, errnoCode(err) === 'ENOENT' ? 'no such file or directory; not stored' : `cannot stat (${(err as Error).message}); not stored`);
    return;
  }
  yield* walkFrom(stored.name, p, st, report);
}

function* walkFrom(name: Buffer, p: Buffer, st: EntryStat, report: Reporter): Generator<WalkItem> {
  if (st.type === 'directory') {
    let children: Buffer[] = [];
    try {
      children = fs.readdirSync(p, { encoding: 'buffer' }).sort(Buffer.compare);
    } catch (err) {
      report.problem(name, `cannot read directory (${(err as Error).message}); its contents are not stored`);
    }
    for (const child of children) {
      const childName = name.equals(DOT) ? child : Buffer.concat([name, SLASH, child]);
      const childPath = Buffer.concat([p, SLASH, child]);
      let cst: EntryStat;
      try {
        cst = lstat(childPath);
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') report.problem(childName, 'vanished before it could be read; not stored');
        else report.problem(childName, `cannot stat (${(err as Error).message}); not stored`);
        continue;
      }
      yield* walkFrom(childName, childPath, cst, report);
    }
  }
  yield { name, path: p, st };
}
