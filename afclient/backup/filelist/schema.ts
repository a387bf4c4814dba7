// The filelist's SQLite schema. PRAGMA user_version is the number of migrations applied; a
// database from a newer release is refused rather than misread.
import type Database from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    full_number INTEGER NOT NULL,
    part INTEGER NOT NULL,
    parts INTEGER NOT NULL,
    level INTEGER NOT NULL,
    differential INTEGER NOT NULL,
    start_ns INTEGER NOT NULL,
    end_ns INTEGER,
    state TEXT NOT NULL CHECK (state IN ('running', 'complete', 'failed')),
    server_host TEXT NOT NULL,
    server_port INTEGER NOT NULL,
    client_id TEXT NOT NULL,
    first_cartridge INTEGER,
    first_tape_file INTEGER,
    last_cartridge INTEGER,
    last_tape_file INTEGER,
    entry_count INTEGER NOT NULL DEFAULT 0,
    byte_count INTEGER NOT NULL DEFAULT 0,
    min_info TEXT,
    dirs_to_backup TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX runs_full ON runs (full_number);
  CREATE INDEX runs_start ON runs (start_ns);

  CREATE TABLE entries (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    name BLOB NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    dev INTEGER NOT NULL,
    unstable INTEGER NOT NULL,
    cartridge INTEGER NOT NULL,
    tape_file INTEGER NOT NULL,
    block INTEGER NOT NULL,
    block_offset INTEGER NOT NULL,
    stream_offset INTEGER NOT NULL
  );
  CREATE INDEX entries_name ON entries (name, run_id);
  CREATE INDEX entries_run ON entries (run_id, stream_offset);
  CREATE INDEX entries_uid ON entries (uid, run_id);
  CREATE INDEX entries_cartridge ON entries (cartridge, run_id);

  CREATE TABLE deletions (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    name BLOB NOT NULL
  );
  CREATE INDEX deletions_name ON deletions (name, run_id);
  CREATE INDEX deletions_run ON deletions (run_id);
  `,
  // Names indexed within their run: a run's entries go into a range of their own, where in
  // (name, run_id) they went between every other run's, so that each run rewrote the whole index
  // (an incremental of 410 entries left 1.8 MB of pages to the log and its checkpoint, now 0.2
  // MB; a full of 21 820, 9.5 MB, now 4 MB). A name is looked up run by run, the runs driving
  // (queries.ts, Filelist.newestVersion): one search per run.
  `
  DROP INDEX entries_name;
  CREATE INDEX entries_run_name ON entries (run_id, name);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

const versionOf = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

function refuseNewer(version: number, file: string): void {
  if (version > SCHEMA_VERSION) {
    throw new Error(`${file}: filelist schema version ${version} is newer than this program understands (${SCHEMA_VERSION}); use the afbackup release that wrote it`);
  }
}

/**
 * Brings the database to SCHEMA_VERSION, each migration in its own transaction. The transactions
 * take the write lock first and read the version again under it: programs that open an old
 * filelist at the same moment (afrestore while afbackup starts) wait for the one migrating, then
 * find its work done, where a version read before the lock had them apply it once more and fail.
 */
export function migrate(db: Database.Database, file: string): void {
  refuseNewer(versionOf(db), file);
  while (versionOf(db) < SCHEMA_VERSION) {
    db.transaction(() => {
      const v = versionOf(db);
      refuseNewer(v, file);
      if (v >= SCHEMA_VERSION) return;
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
