// The client's filelist (afbackup's index): one SQLite database under VarDirectory holding
// every backup run, every saved version of every entry with the position where its record
// starts on tape, and the deletions each run saw. Runs carry their full-backup number, so one
// database holds what afbackup kept as backup_log.<num> files. See README.md.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ReferenceState } from '../reference-state.js';
import { dropEntriesOnCartridges, preciousCartridges, rotate, type RotationPolicy } from './rotation.js';
import { findVersions, liveSignatures, liveVersions, RUNS_THEN_ENTRIES, type VersionQuery } from './queries.js';
import { runFromRow, toSigned64, VERSION_COLUMNS, versionFromRow, type RunRow, type VersionRow } from './rows.js';
import { migrate } from './schema.js';
import { FULL_LEVEL, type FilelistEntry, type FileVersion, type NewRun, type RunInfo, type RunResult, type StorageUnitCartridges } from './types.js';

export const FILELIST_FILE = 'filelist.db';

/**
 * better-sqlite3 finds its addon through the `bindings` package, which tries a dozen paths
 * (5 ms of every run); where npm builds it is given when it is there, else bindings searches.
 */
function sqliteOptions(): Database.Options {
  try {
    return { nativeBinding: createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node') };
  } catch {
    return {};
  }
}

const ENTRY_COLUMNS = '(run_id, name, type, size, uid, mtime_ns, ctime_ns, inode, dev, unstable, cartridge, tape_file, block, block_offset, stream_offset)';
const ENTRY_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
/**
 * Rows per INSERT statement, largest first: the rows left over go in the smaller ones. 512 rows
 * are 7680 bound values, within the 32766 that SQLite allows since 3.32 (better-sqlite3 builds its
 * own SQLite); an SQLite built with the old limit of 999 would refuse the statement.
 */
const ROWS_PER_INSERT = [512, 64, 8, 1] as const;

function pushEntryRow(values: unknown[], runId: number, e: FilelistEntry): void {
  values.push(runId, e.name, e.type, e.size, e.uid, e.mtimeNs, e.ctimeNs, toSigned64(e.inode), toSigned64(e.dev), e.unstable ? 1 : 0, e.cartridge, e.tapeFile, e.block, e.blockOffset, e.streamOffset);
}

export class Filelist {
  readonly file: string;
  /** For the other modules of this folder (text form, rotation); everyone else uses the methods. */
  readonly db: Database.Database;
  /** An INSERT of ROWS_PER_INSERT[i] rows, prepared when first needed. */
  private readonly inserts: (Database.Statement | undefined)[] = [];

  private constructor(file: string, db: Database.Database) {
    this.file = file;
    this.db = db;
  }

  /** Opens (creating if needed) the filelist in a VarDirectory. */
  static open(varDirectory: string, fileName = FILELIST_FILE): Filelist {
    const file = path.join(varDirectory, fileName);
    let db: Database.Database;
    try {
      fs.mkdirSync(varDirectory, { recursive: true, mode: 0o700 });
      db = new Database(file, sqliteOptions());
    } catch (e) {
      throw new Error(`cannot open the filelist ${file}: ${(e as Error).message}; check that VarDirectory exists and is writable`);
    }
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 10000');
      migrate(db, file);
    } catch (e) {
      db.close();
      throw new Error(`cannot use the filelist ${file}: ${(e as Error).message}`);
    }
    return new Filelist(file, db);
  }

  close(): void {
    this.db.close();
  }

  beginRun(run: NewRun): number {
    const part = run.part ?? 1;
    const parts = run.parts ?? 1;
    if (!Number.isInteger(run.level) || run.level < 0 || run.level > FULL_LEVEL) throw new RangeError(`level ${run.level} is not 0 to ${FULL_LEVEL}`);
    if (!Number.isInteger(part) || !Number.isInteger(parts) || part < 1 || part > parts) throw new RangeError(`part ${part} of ${parts} is not a valid part`);
    const info = this.db
      .prepare(
        `INSERT INTO runs (full_number, part, parts, level, differential, start_ns, state, server_host, server_port, client_id, dirs_to_backup)
         VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)`,
      )
      .run(run.fullNumber, part, parts, run.level, run.differential ? 1 : 0, run.startNs, run.serverHost, run.serverPort, run.clientId, JSON.stringify(run.dirsToBackup ?? []));
    return Number(info.lastInsertRowid);
  }

  /** One transaction; a failure (disk full, I/O error) leaves nothing of it and names the filelist. */
  private write(what: string, fn: () => void): void {
    try {
      this.db.transaction(fn)();
    } catch (e) {
      throw new Error(`cannot ${what} in the filelist ${this.file}: ${(e as Error).message}; nothing of this batch was recorded`);
    }
  }

  private requireRunning(runId: number): void {
    const state = this.db.prepare('SELECT state FROM runs WHERE id = ?').pluck().get(runId) as string | undefined;
    if (state === undefined) throw new Error(`filelist ${this.file}: there is no run ${runId}`);
    if (state !== 'running') throw new Error(`filelist ${this.file}: run ${runId} is ${state}; entries can only be added to a running run`);
  }

  /** Adds entries that reached the tape, in one transaction (call it per confirmed batch). */
  addEntries(runId: number, entries: readonly FilelistEntry[]): void {
    this.requireRunning(runId);
    this.write('record the entries', () => this.insertEntries(runId, entries));
  }

  /** Records names of the reference state that this run found gone. */
  addDeletions(runId: number, names: readonly Buffer[]): void {
    this.requireRunning(runId);
    this.write('record the deletions', () => this.insertDeletions(runId, names));
  }

  /**
   * A run's entries that reached the tape (read batch by batch, so they are never all in memory)
   * and its deletions, all in one transaction: each index page is written to the log once, not
   * once per batch.
   */
  addRunContents(runId: number, batches: Iterable<readonly FilelistEntry[]>, deletions: readonly Buffer[]): void {
    this.requireRunning(runId);
    this.write('record the entries and deletions', () => {
      for (const entries of batches) this.insertEntries(runId, entries);
      this.insertDeletions(runId, deletions);
    });
  }

  /**
   * Rows go up to 512 to a statement (ROWS_PER_INSERT): a statement step per row was a quarter of
   * the cost of adding a run's entries, and steps of 512 rows instead of 64 took a tenth off what
   * was left (some 15 ms of processor time for 21 820 entries). The rows of one statement are
   * inserted in the order listed, so rowids still follow the order of `entries` (runPairs reads a
   * run in rowid order).
   */
  private insertEntries(runId: number, entries: readonly FilelistEntry[]): void {
    const values: unknown[] = [];
    let i = 0;
    for (let s = 0; s < ROWS_PER_INSERT.length; s++) {
      const rows = ROWS_PER_INSERT[s]!;
      if (entries.length - i < rows) continue;
      const insert = (this.inserts[s] ??= this.db.prepare(`INSERT INTO entries ${ENTRY_COLUMNS} VALUES ${Array<string>(rows).fill(ENTRY_ROW).join(', ')}`));
      for (; i + rows <= entries.length; i += rows) {
        values.length = 0;
        for (let k = i; k < i + rows; k++) pushEntryRow(values, runId, entries[k]!);
        insert.run(values);
      }
    }
  }

  private insertDeletions(runId: number, names: readonly Buffer[]): void {
    const insert = this.db.prepare('INSERT INTO deletions (run_id, name) VALUES (?, ?)');
    for (const n of names) insert.run(runId, n);
  }

  /** Ends a run. Only complete runs serve as reference for later incrementals. */
  finishRun(runId: number, result: RunResult): void {
    this.requireRunning(runId);
    const update = this.db.prepare(
      `UPDATE runs SET state = ?, end_ns = ?, first_cartridge = ?, first_tape_file = ?, last_cartridge = ?, last_tape_file = ?, min_info = ?,
           entry_count = (SELECT count(*) FROM entries WHERE run_id = ?), byte_count = (SELECT coalesce(sum(size), 0) FROM entries WHERE run_id = ?)
         WHERE id = ?`,
    );
    this.write('finish the run', () => update.run(result.state, result.endNs, result.first?.cartridge ?? null, result.first?.tapeFile ?? null, result.last?.cartridge ?? null, result.last?.tapeFile ?? null, result.minInfo ?? null, runId, runId, runId));
  }

  /** Marks runs left 'running' by a process that died as failed; returns how many. Call under the client lock. */
  markInterruptedRuns(endNs: bigint): number {
    const ids = this.db.prepare("SELECT id FROM runs WHERE state = 'running'").pluck().all() as number[];
    for (const id of ids) this.finishRun(id, { state: 'failed', endNs });
    return ids.length;
  }

  runs(): RunInfo[] {
    return (this.db.prepare('SELECT * FROM runs ORDER BY id').safeIntegers(true).all() as RunRow[]).map(runFromRow);
  }

  run(id: number): RunInfo | undefined {
    const row = this.db.prepare('SELECT * FROM runs WHERE id = ?').safeIntegers(true).get(id) as RunRow | undefined;
    return row ? runFromRow(row) : undefined;
  }

  /** Deletes runs with their entries and deletions (incr_backup -H, rotation). */
  dropRuns(ids: readonly number[]): void {
    const del = this.db.prepare('DELETE FROM runs WHERE id = ?');
    this.db.transaction(() => {
      for (const id of ids) del.run(id);
    })();
  }

  /** The newest version of a name in a complete or failed run, deleted or not. */
  newestVersion(name: Buffer): FileVersion | undefined {
    const row = this.db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM ${RUNS_THEN_ENTRIES} WHERE e.name = ? AND r.state IN ('complete', 'failed') ORDER BY r.id DESC, e.rowid DESC LIMIT 1`)
      .safeIntegers(true)
      .get(name) as VersionRow | undefined;
    return row ? versionFromRow(row) : undefined;
  }

  /**
   * What change detection compares with: by nameKey(name), the referenceSignature of the newest
   * version recorded by the complete runs up to `referenceRunId` (RunPlan.referenceRunId),
   * without deleted names.
   */
  referenceState(referenceRunId: number | undefined): ReferenceState {
    if (referenceRunId === undefined) return ReferenceState.of([]);
    return liveSignatures(
      this.db,
      this.runs().filter((r) => r.state === 'complete' && r.id <= referenceRunId),
    );
  }

  /** Every name alive at `timeNs` with the version a restore of that moment brings back, by name. */
  stateAt(timeNs: bigint): FileVersion[] {
    const runs = this.runs().filter((r) => r.state !== 'running' && r.startNs <= timeNs);
    return liveVersions(this.db, runs);
  }

  findVersions(query: VersionQuery): FileVersion[] {
    return findVersions(this.db, query);
  }

  /** Drops filelists (full backup numbers) the policy no longer keeps; returns the numbers dropped. */
  rotate(policy: RotationPolicy): number[] {
    return rotate(this, policy);
  }

  /** Cartridges the kept filelists point to, per server: what PreciousTapes: tells the server. */
  preciousCartridges(): StorageUnitCartridges[] {
    return preciousCartridges(this.db);
  }

  /** Where the record after the one at `streamOffset` starts in a run's stream: a restore's read may stop there. */
  nextRecordOffset(runId: number, streamOffset: bigint): bigint | undefined {
    const next = this.db.prepare('SELECT min(stream_offset) FROM entries WHERE run_id = ? AND stream_offset > ?').pluck().safeIntegers(true);
    return (next.get(runId, streamOffset) as bigint | null) ?? undefined;
  }

  /** update_indexes: forgets entries on cartridges the server has reused; returns how many. */
  dropEntriesOnCartridges(unit: StorageUnitCartridges): number {
    return dropEntriesOnCartridges(this.db, unit);
  }
}
