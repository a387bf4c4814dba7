// Conversions between the filelist's SQLite rows and its records. Statements that read rows
// run with safeIntegers, so nanosecond times, sizes and inode numbers arrive as exact bigints.
import type Database from 'better-sqlite3';
import type { EntryType } from '../../../protocol/archive/entry.js';
import type { FilelistEntry, FileVersion, RunInfo, RunState } from './types.js';

export interface RunRow {
  id: bigint;
  full_number: bigint;
  part: bigint;
  parts: bigint;
  level: bigint;
  differential: bigint;
  start_ns: bigint;
  end_ns: bigint | null;
  state: RunState;
  server_host: string;
  server_port: bigint;
  client_id: string;
  first_cartridge: bigint | null;
  first_tape_file: bigint | null;
  last_cartridge: bigint | null;
  last_tape_file: bigint | null;
  entry_count: bigint;
  byte_count: bigint;
  min_info: string | null;
  dirs_to_backup: string;
}

export interface EntryRow {
  run_id: bigint;
  name: Buffer;
  type: EntryType;
  size: bigint;
  uid: bigint;
  mtime_ns: bigint;
  ctime_ns: bigint;
  inode: bigint;
  dev: bigint;
  unstable: bigint;
  cartridge: bigint;
  tape_file: bigint;
  block: bigint;
  block_offset: bigint;
  stream_offset: bigint;
}

/** An entry row joined with the columns of its run that a version carries. */
export interface VersionRow extends EntryRow {
  full_number: bigint;
  level: bigint;
  start_ns: bigint;
  server_host: string;
  server_port: bigint;
}

/** The columns of a VersionRow, for SELECT lists (entries as e, runs as r). */
export const VERSION_COLUMNS =
  'e.run_id, e.name, e.type, e.size, e.uid, e.mtime_ns, e.ctime_ns, e.inode, e.dev, e.unstable, e.cartridge, e.tape_file, e.block, e.block_offset, e.stream_offset, r.full_number, r.level, r.start_ns, r.server_host, r.server_port';

/** Inode and device numbers are unsigned 64-bit; SQLite integers are signed. */
export const toSigned64 = (n: bigint): bigint => BigInt.asIntN(64, n);
const toUnsigned64 = (n: bigint): bigint => BigInt.asUintN(64, n);

const position = (cartridge: bigint | null, tapeFile: bigint | null): { cartridge: number; tapeFile: number } | undefined =>
  cartridge === null || tapeFile === null ? undefined : { cartridge: Number(cartridge), tapeFile: Number(tapeFile) };

export function runFromRow(r: RunRow): RunInfo {
  const first = position(r.first_cartridge, r.first_tape_file);
  const last = position(r.last_cartridge, r.last_tape_file);
  return {
    id: Number(r.id),
    fullNumber: Number(r.full_number),
    part: Number(r.part),
    parts: Number(r.parts),
    level: Number(r.level),
    differential: r.differential !== 0n,
    startNs: r.start_ns,
    ...(r.end_ns !== null ? { endNs: r.end_ns } : {}),
    state: r.state,
    serverHost: r.server_host,
    serverPort: Number(r.server_port),
    clientId: r.client_id,
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    entryCount: Number(r.entry_count),
    byteCount: r.byte_count,
    ...(r.min_info !== null ? { minInfo: r.min_info } : {}),
    dirsToBackup: JSON.parse(r.dirs_to_backup) as string[],
  };
}

function entryFromRow(r: EntryRow): FilelistEntry {
  return {
    name: r.name,
    type: r.type,
    size: r.size,
    uid: Number(r.uid),
    mtimeNs: r.mtime_ns,
    ctimeNs: r.ctime_ns,
    inode: toUnsigned64(r.inode),
    dev: toUnsigned64(r.dev),
    ...(r.unstable !== 0n ? { unstable: true } : {}),
    cartridge: Number(r.cartridge),
    tapeFile: Number(r.tape_file),
    block: Number(r.block),
    blockOffset: Number(r.block_offset),
    streamOffset: r.stream_offset,
  };
}

export function versionFromRow(r: VersionRow): FileVersion {
  return {
    ...entryFromRow(r),
    runId: Number(r.run_id),
    fullNumber: Number(r.full_number),
    level: Number(r.level),
    backupNs: r.start_ns,
    serverHost: r.server_host,
    serverPort: Number(r.server_port),
  };
}

/** A Map key for a raw name: latin1 maps every byte to one char, so distinct names stay distinct. */
export const nameKey = (name: Buffer): string => name.toString('latin1');

/** Rows per statement of runChunks: a few megabytes at a time (at most some 35 MB of 4 KiB names). */
const RUN_CHUNK_ROWS = 8192;

/**
 * A run's entries as chunks of text, read as latin1 strings (one character per byte, so a
 * name's bytes come back exactly): `row`, an SQL expression over the entry's columns, for each
 * row, joined by NUL bytes. SQLite joins a chunk of rows into one value, so JavaScript takes one
 * value per chunk instead of a row and its values per entry, which was most of the cost of
 * exporting a run or reading its state. A run's rows are inserted together, so its rowids form
 * one range; chunks walk that range. `ordered`: the rows of a chunk in rowid order (the order
 * they were added); without it, in the order of the range scan, which spares SQLite a sort of
 * every chunk (a third of reading a run's state) for a reader that does not depend on it.
 */
export function runChunks(db: Database.Database, row: string, ordered: boolean): (runId: number) => Generator<string> {
  const range = db.prepare('SELECT min(rowid), max(rowid) FROM entries WHERE run_id = ?').raw(true);
  // '+run_id': the rowid range is the way in, not the run_id index.
  const chunk = db.prepare(`SELECT CAST(group_concat(${row}, x'00'${ordered ? ' ORDER BY rowid' : ''}) AS BLOB) FROM entries WHERE rowid BETWEEN ? AND ? AND +run_id = ?`).pluck();
  return function* (runId) {
    const [low, high] = range.get(runId) as [number | null, number | null];
    if (low === null || high === null) return;
    for (let from = low; from <= high; from += RUN_CHUNK_ROWS) {
      const blob = chunk.get(from, Math.min(high, from + RUN_CHUNK_ROWS - 1), runId) as Buffer | null;
      if (blob) yield blob.toString('latin1');
    }
  };
}

/**
 * A run's entries in the order they were added, as pairs of SQL expressions over the entry's
 * columns; neither may hold a NUL byte (a name never does).
 */
export function runPairs(db: Database.Database, first: string, second: string): (runId: number) => Generator<[string, string]> {
  const chunks = runChunks(db, `(${first}) || x'00' || (${second})`, true);
  return function* (runId) {
    for (const text of chunks(runId)) {
      const parts = text.split('\0');
      for (let i = 0; i + 1 < parts.length; i += 2) yield [parts[i]!, parts[i + 1]!];
    }
  };
}

/** A run's entries in the order they were added, as [text, name]: `text` is an SQL expression over the entry's columns (ASCII) that SQLite writes for each row. */
export function runTextRows(db: Database.Database, text: string): (runId: number) => Generator<[string, Buffer]> {
  const pairs = runPairs(db, text, 'name');
  return function* (runId) {
    for (const [line, name] of pairs(runId)) yield [line, Buffer.from(name, 'latin1')];
  };
}
