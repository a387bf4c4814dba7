// The server's state lives in one SQLite database under Var-Directory. Every change that goes
// with a tape write (a tape file started, grown, closed; a cartridge filled) is one transaction,
// so a killed server finds a catalog that matches a prefix of what is on tape, and recovery only
// has to look forward from the last recorded position.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type Db = Database.Database;

// Each entry upgrades the schema by one version; never edit an entry that has shipped.
const MIGRATIONS: string[] = [
  `
  CREATE TABLE cartridges (
    number          INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 16777215),
    cartridge_set   INTEGER NOT NULL DEFAULT 1,
    barcode         TEXT,
    secondary       INTEGER,            -- for copies: the number of the cartridge it duplicates
    label_time      INTEGER,            -- ms since the epoch; NULL = never labelled by us
    block_size      INTEGER,
    comment         TEXT NOT NULL DEFAULT '',
    bytes           INTEGER NOT NULL DEFAULT 0,
    tape_files      INTEGER NOT NULL DEFAULT 0,   -- data tape files (tape file 0 is the label)
    full            INTEGER NOT NULL DEFAULT 0,
    read_only       INTEGER NOT NULL DEFAULT 0,
    uses            INTEGER NOT NULL DEFAULT 0,   -- times written from the start
    last_write      INTEGER
  );
  CREATE TABLE write_positions (
    cartridge_set   INTEGER PRIMARY KEY,
    cartridge       INTEGER NOT NULL REFERENCES cartridges(number),
    tape_file       INTEGER NOT NULL CHECK (tape_file >= 1)
  );
  CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    client_id       TEXT NOT NULL,
    cartridge_set   INTEGER NOT NULL,
    started         INTEGER NOT NULL,
    finished        INTEGER,
    state           TEXT NOT NULL CHECK (state IN ('open', 'complete', 'incomplete')),
    bytes           INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX sessions_client ON sessions(client_id, started);
  -- One row per data tape file. A session's stream is the concatenation of its tape files in
  -- sequence order; stream_offset says where each one starts, so any stream offset maps to a
  -- (cartridge, tape file, block).
  CREATE TABLE tape_files (
    cartridge       INTEGER NOT NULL REFERENCES cartridges(number),
    tape_file       INTEGER NOT NULL CHECK (tape_file >= 1),
    session_id      INTEGER REFERENCES sessions(id),
    sequence        INTEGER NOT NULL,   -- 0, 1, 2 ... within the session
    kind            TEXT NOT NULL,      -- what its header says it holds
    stream_offset   INTEGER NOT NULL,
    bytes           INTEGER NOT NULL DEFAULT 0,
    blocks          INTEGER NOT NULL DEFAULT 0,
    block_size      INTEGER NOT NULL,
    payload_per_block INTEGER NOT NULL,  -- stream bytes a block carries (block size less its header)
    header_bytes    INTEGER NOT NULL,    -- payload bytes of block 0 taken by the tape file header
    complete        INTEGER NOT NULL DEFAULT 0,
    written         INTEGER NOT NULL,
    PRIMARY KEY (cartridge, tape_file)
  );
  CREATE UNIQUE INDEX tape_files_session ON tape_files(session_id, sequence);
  CREATE TABLE precious (
    client_id       TEXT NOT NULL,
    cartridge       INTEGER NOT NULL,
    PRIMARY KEY (client_id, cartridge)
  );
  `,
];

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The prepared statement for `sql`, compiled once per database: compiling costs more than running
 * the small statements of a backup session (a quarter of the server's CPU for one of 100 KB).
 */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Opens (creating if needed) the catalog database in `varDirectory` and brings its schema up to date. */
export function openCatalogDb(varDirectory: string): Db {
  fs.mkdirSync(varDirectory, { recursive: true, mode: 0o700 });
  const file = path.join(varDirectory, 'catalog.sqlite');
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new Error(`cannot open the server catalog ${file}: ${(e as Error).message}; check Var-Directory and its permissions`);
  }
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL keeps every committed transaction across a killed process; a power cut
  // may lose the last ones, which the server then finds again on tape (stream/append-point.ts).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.defaultSafeIntegers(false);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    db.close();
    throw new Error(
      `the server catalog ${file} has schema version ${version}, newer than this afserver knows (${MIGRATIONS.length}); run the newer afserver`,
    );
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
