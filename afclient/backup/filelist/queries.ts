// Read queries over the filelist: the state recorded up to a run or a time (newest version of
// every name, minus names a later run recorded as deleted), and version searches by name
// pattern, time windows and owner for afrestore.
import type Database from 'better-sqlite3';
import picomatch from 'picomatch';
import { stateLowerBound } from '../levels.js';
import { UNSTABLE_MARK } from '../change-detection.js';
import { ReferenceBuilder, type ReferenceState } from '../reference-state.js';
import { nameKey, runChunks, VERSION_COLUMNS, versionFromRow, type VersionRow } from './rows.js';
import type { FileVersion, RunInfo } from './types.js';

/**
 * The newest version of each name among `runs` (complete and failed ones; failed runs' entries
 * did reach the tape), leaving out names a later complete run recorded as deleted. Runs are
 * read newest first, each by `addRun`, which adds each of its rows whose nameKey is neither in
 * `live` already (an older version) nor in `deleted`, converting only the rows it adds.
 */
function newestFirst<T>(db: Database.Database, runs: readonly RunInfo[], addRun: (runId: number, live: Map<string, T>, deleted: ReadonlySet<string>) => void): Map<string, T> {
  const bound = stateLowerBound(runs);
  const scope = runs.filter((r) => r.id >= bound && r.state !== 'running').sort((a, b) => b.id - a.id);
  const deletions = db.prepare('SELECT name FROM deletions WHERE run_id = ?').pluck();
  const live = new Map<string, T>();
  const deleted = new Set<string>();
  for (const run of scope) {
    addRun(run.id, live, deleted);
    if (run.state === 'complete') for (const name of deletions.iterate(run.id) as IterableIterator<Buffer>) deleted.add(nameKey(name));
  }
  return live;
}

/** Every name alive in the state the runs make up, with its version, sorted by name. */
export function liveVersions(db: Database.Database, runs: readonly RunInfo[]): FileVersion[] {
  const rows = db.prepare(`SELECT ${VERSION_COLUMNS} FROM entries e JOIN runs r ON r.id = e.run_id WHERE e.run_id = ?`).safeIntegers(true);
  const live = newestFirst<FileVersion>(db, runs, (id, found, deleted) => {
    for (const r of rows.iterate(id) as IterableIterator<VersionRow>) {
      const key = nameKey(r.name);
      if (!found.has(key) && !deleted.has(key)) found.set(key, versionFromRow(r));
    }
  });
  return [...live.values()].sort((a, b) => Buffer.compare(a.name, b.name));
}

/**
 * A run's entries as chunks of text, nameKey NUL referenceSignature (change-detection.ts) NUL
 * ..., the signatures written by SQLite (concat(): one value per row instead of a dozen '||').
 * Unordered: nothing depends on the order but speed (ReferenceBuilder sorts what comes unsorted)
 * and which of a name recorded twice by one run counts (the first).
 */
function runSignatures(db: Database.Database): (runId: number) => Generator<string> {
  const signature = `iif(unstable, '${UNSTABLE_MARK}', ''), type, ' ', size, ' ', mtime_ns, ' ', ctime_ns, ' ', inode, ' ', dev`;
  return runChunks(db, `concat(name, x'00', ${signature})`, false);
}

/** What change detection compares with: by nameKey(name), each entry's referenceSignature. */
export function liveSignatures(db: Database.Database, runs: readonly RunInfo[]): ReferenceState {
  const chunks = runSignatures(db);
  const state = new ReferenceBuilder();
  // The newest run's entries go in as they come; an older run's only when newer runs have not
  // recorded (or deleted) them, which needs the set of names read so far: made only then.
  let earlier: Set<string> | undefined;
  let runsRead = 0;
  newestFirst<never>(db, runs, (id, _live, deleted) => {
    if (runsRead++ === 1) earlier = state.keys();
    const seen = earlier;
    const keep =
      seen &&
      ((key: string): boolean => {
        if (seen.has(key) || deleted.has(key)) return false;
        seen.add(key);
        return true;
      });
    for (const text of chunks(id)) state.addText(text, keep);
  });
  return state.finish();
}

/**
 * Entries joined to their runs with the runs as the outer loop (CROSS JOIN fixes SQLite's order):
 * names are indexed within their run (schema.ts), so a name is one search per run, and runs the
 * query leaves out are never read. Joined the other way, SQLite scanned the whole index.
 */
export const RUNS_THEN_ENTRIES = 'runs r CROSS JOIN entries e ON e.run_id = r.id';

export interface VersionQuery {
  /** afrestore's patterns; none: every name. */
  patterns?: readonly string[];
  /** -p: a pattern must match the whole name (else it matches anywhere in it, like *pattern*). */
  exact?: boolean;
  /** -i */
  ignoreCase?: boolean;
  /** -A / -B: bounds (inclusive) on the entry's mtime. */
  mtimeFrom?: bigint;
  mtimeTo?: bigint;
  /** After '%' in -A / -B: bounds (inclusive) on the start time of the run that saved it. */
  backupFrom?: bigint;
  backupTo?: bigint;
  /** Only entries this user owns (user self-service restore). */
  uid?: number;
  /** -<n>: the n-th older filelist (full backup number current - n) instead of all of them. */
  olderFilelist?: number;
  /** -T: only versions whose record starts on one of these cartridges. */
  cartridges?: readonly number[];
  /**
   * Only the newest matching version of each name, and none for a name a complete run (up to
   * backupTo) recorded as deleted after that version: what a restore of that time brings back.
   */
  latest?: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

type NameTest = (name: string) => boolean;

function nameTest(pattern: string, exact: boolean, ignoreCase: boolean): NameTest {
  if (GLOB_CHARS.test(pattern)) {
    const isMatch = picomatch(pattern, { dot: true, nocase: ignoreCase, ...(exact ? {} : { contains: true }) });
    return (name) => isMatch(name);
  }
  if (ignoreCase) {
    const p = pattern.toLowerCase();
    return exact ? (name) => name.toLowerCase() === p : (name) => name.toLowerCase().includes(p);
  }
  return exact ? (name) => name === pattern : (name) => name.includes(pattern);
}

/** The full backup number `n` filelists back from the newest one. */
function olderFullNumber(db: Database.Database, n: number): number {
  const numbers = (db.prepare('SELECT DISTINCT full_number AS n FROM runs ORDER BY full_number DESC').all() as { n: number }[]).map((r) => r.n);
  const found = numbers[n];
  if (found === undefined) throw new Error(`there is no filelist ${n} back: ${numbers.length} full backup number(s) are stored (${numbers.join(', ') || 'none'})`);
  return found;
}

export function findVersions(db: Database.Database, q: VersionQuery): FileVersion[] {
  const where: string[] = ["r.state IN ('complete', 'failed')"];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    where.push(sql);
    params.push(...values);
  };
  if (q.olderFilelist !== undefined) add('r.full_number = ?', olderFullNumber(db, q.olderFilelist));
  if (q.backupFrom !== undefined) add('r.start_ns >= ?', q.backupFrom);
  if (q.backupTo !== undefined) add('r.start_ns <= ?', q.backupTo);
  if (q.mtimeFrom !== undefined) add('e.mtime_ns >= ?', q.mtimeFrom);
  if (q.mtimeTo !== undefined) add('e.mtime_ns <= ?', q.mtimeTo);
  if (q.uid !== undefined) add('e.uid = ?', q.uid);
  if (q.cartridges) add(`e.cartridge IN (${q.cartridges.map(() => '?').join(',') || 'NULL'})`, ...q.cartridges);
  const patterns = q.patterns ?? [];
  const literal = patterns.length > 0 && !q.ignoreCase && patterns.every((p) => !GLOB_CHARS.test(p));
  // Literal patterns narrow the scan in SQL (exact names are searched for in each run); the rest is
  // matched by a JS function on the decoded name.
  if (literal && q.exact) add(`e.name IN (${patterns.map(() => '?').join(',')})`, ...patterns.map((p) => Buffer.from(p)));
  else if (literal) add(`(${patterns.map(() => 'instr(e.name, ?) > 0').join(' OR ')})`, ...patterns.map((p) => Buffer.from(p)));
  if (patterns.length > 0 && !literal) {
    const tests = patterns.map((p) => nameTest(p, q.exact ?? false, q.ignoreCase ?? false));
    // Matching inside SQL keeps rows that do not match from being converted at all.
    db.function('afb_name_matches', (name: unknown) => {
      const text = (name as Buffer).toString('utf8');
      return tests.some((t) => t(text)) ? 1 : 0;
    });
    where.push('afb_name_matches(e.name)');
  }
  const stmt = db
    .prepare(`SELECT ${VERSION_COLUMNS} FROM ${RUNS_THEN_ENTRIES} WHERE ${where.join(' AND ')} ORDER BY e.name, r.start_ns, e.run_id, e.rowid`)
    .safeIntegers(true);
  const matches: FileVersion[] = [];
  for (const row of stmt.iterate(...params) as IterableIterator<VersionRow>) {
    const v = versionFromRow(row);
    if (q.latest && matches.length > 0 && matches.at(-1)!.name.equals(v.name)) matches[matches.length - 1] = v;
    else matches.push(v);
  }
  if (!q.latest) return matches;
  const deletedLater = db
    .prepare(
      `SELECT 1 FROM deletions d JOIN runs r ON r.id = d.run_id
       WHERE d.name = ? AND r.state = 'complete' AND r.start_ns > ? AND r.start_ns <= ? LIMIT 1`,
    )
    .pluck();
  const horizon = q.backupTo ?? 2n ** 63n - 1n;
  return matches.filter((v) => deletedLater.get(v.name, v.backupNs, horizon) === undefined);
}
