// The machine form of one run's filelist copy on tape: JSON lines that carry every field of the
// run, its entries and its deletions, so afrestore -e rebuilds the filelist exactly (types,
// sizes, block positions, inode numbers, ns times). afbackup's text form, written next to it,
// stays the copy people and afbackup read; it carries only cartridge.tapefile and mtime.
// Lines: a header {format, version, run}, then {entry} and {deletion} lines, then {end} with
// the counts, so a truncated copy is refused instead of read as a shorter run.
import type { EntryType } from '../../../protocol/archive/entry.js';
import type { Filelist } from './filelist.js';
import { runTextRows } from './rows.js';
import type { FilelistEntry, RunInfo } from './types.js';

export const RUN_COPY_FORMAT = 'afbackup-filelist-run';
/** The archive entry of the machine form is named like the text form's, with this suffix. */
export const RUN_COPY_SUFFIX = '.jsonl';
/** major.minor: a newer minor only adds fields (ignored here); a newer major is refused. */
export const RUN_COPY_VERSION = '1.0';
const MAJOR = 1;
const BATCH = 10_000;

const ENTRY_TYPES: ReadonlySet<string> = new Set<EntryType>(['file', 'directory', 'symlink', 'hardlink', 'fifo', 'socket', 'chardev', 'blockdev', 'command']);

const line = (o: unknown): string => JSON.stringify(o) + '\n';

function runHeader(r: RunInfo): Record<string, unknown> {
  return {
    fullNumber: r.fullNumber,
    part: r.part,
    parts: r.parts,
    level: r.level,
    differential: r.differential,
    startNs: String(r.startNs),
    ...(r.endNs !== undefined ? { endNs: String(r.endNs) } : {}),
    state: r.state,
    serverHost: r.serverHost,
    serverPort: r.serverPort,
    clientId: r.clientId,
    ...(r.first ? { first: r.first } : {}),
    ...(r.last ? { last: r.last } : {}),
    ...(r.minInfo !== undefined ? { minInfo: r.minInfo } : {}),
    dirsToBackup: r.dirsToBackup,
  };
}

/**
 * SQL for the decimal text of a 64-bit column read as unsigned: inode and device are stored
 * signed (SQLite), the copy holds the unsigned numbers the filesystem gave. A negative v stands
 * for v + 2^64, which SQLite's integers cannot hold: with a = v + 2^63 (0 <= a < 2^63) it is
 * written as its digits above and below 10^10, 2^63 being 922337203 * 10^10 + 6854775808.
 */
function unsignedText(column: string): string {
  const a = `(${column} + 9223372036854775807 + 1)`;
  const low = `(${a} % 10000000000 + 6854775808)`;
  return `CASE WHEN ${column} >= 0 THEN ${column} ELSE (${a} / 10000000000 + 922337203 + (${low} >= 10000000000)) || printf('%010d', ${low} % 10000000000) END`;
}

/**
 * Everything of an entry's line after the name, written by SQLite (runTextRows): the line is the
 * name's base64 and this, with no number of the row made in JavaScript (JSON.stringify of an
 * object per entry, then BigInts per row, were most of a copy's cost). Every value but the type
 * is digits, which JSON needs no escapes for; json_quote spells the type (one of the entry type
 * words) as JSON.stringify does.
 */
const ENTRY_TAIL =
  `'","type":' || json_quote(type) || ',"size":"' || size || '","uid":' || uid || ',"mtimeNs":"' || mtime_ns || '","ctimeNs":"' || ctime_ns || ` +
  `'","inode":"' || ${unsignedText('inode')} || '","dev":"' || ${unsignedText('dev')} || '","unstable":' || CASE WHEN unstable <> 0 THEN 'true' ELSE 'false' END || ` +
  `',"cartridge":' || cartridge || ',"tapeFile":' || tape_file || ',"block":' || block || ',"blockOffset":' || block_offset || ',"streamOffset":"' || stream_offset || '"}}'`;

export const headerJsonl = (run: RunInfo): string => line({ format: RUN_COPY_FORMAT, version: RUN_COPY_VERSION, run: runHeader(run) });
export const deletionJsonl = (name: Buffer): string => line({ deletion: name.toString('base64') });
export const endJsonl = (entries: number, deletions: number): string => line({ end: { entries, deletions } });

/** The lines (each ending in '\n') of run `runId`; stream them, and do not write to the filelist meanwhile. */
export function* exportRunJsonl(filelist: Filelist, runId: number): Generator<string> {
  const run = filelist.run(runId);
  if (!run) throw new Error(`filelist ${filelist.file}: there is no run ${runId} to copy`);
  yield headerJsonl(run);
  let entryCount = 0;
  for (const [tail, name] of runTextRows(filelist.db, ENTRY_TAIL)(runId)) {
    entryCount++;
    yield `{"entry":{"name":"${name.toString('base64')}${tail}\n`;
  }
  const deletions = filelist.db.prepare('SELECT name FROM deletions WHERE run_id = ? ORDER BY rowid').pluck();
  let deletionCount = 0;
  for (const name of deletions.iterate(runId) as IterableIterator<Buffer>) {
    deletionCount++;
    yield deletionJsonl(name);
  }
  yield endJsonl(entryCount, deletionCount);
}

/** Reads fields of one JSON object, naming the line and field in every error. */
class Fields {
  constructor(
    private readonly o: Record<string, unknown>,
    private readonly where: string,
  ) {}

  private bad(key: string, what: string): Error {
    return new Error(`${this.where}: field '${key}' is ${JSON.stringify(this.o[key]) ?? 'missing'}, expected ${what}`);
  }

  int(key: string, min = 0): number {
    const v = this.o[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw this.bad(key, `an integer >= ${min}`);
    return v;
  }

  big(key: string, range: 'signed' | 'unsigned'): bigint {
    const v = this.o[key];
    if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw this.bad(key, 'a decimal integer in a string');
    const n = BigInt(v);
    const fits = range === 'unsigned' ? BigInt.asUintN(64, n) === n : BigInt.asIntN(64, n) === n;
    if (!fits) throw this.bad(key, `a ${range} 64-bit integer`);
    return n;
  }

  str(key: string): string {
    const v = this.o[key];
    if (typeof v !== 'string') throw this.bad(key, 'a string');
    return v;
  }

  oneOf(key: string, values: ReadonlySet<string>): string {
    const v = this.o[key];
    if (typeof v !== 'string' || !values.has(v)) throw this.bad(key, `one of ${[...values].join(', ')}`);
    return v;
  }

  bool(key: string): boolean {
    const v = this.o[key];
    if (typeof v !== 'boolean') throw this.bad(key, 'true or false');
    return v;
  }

  bytes(key: string): Buffer {
    const v = this.str(key);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) throw this.bad(key, 'base64');
    return Buffer.from(v, 'base64');
  }

  position(key: string): { cartridge: number; tapeFile: number } | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object') throw this.bad(key, '{ cartridge, tapeFile }');
    const p = new Fields(v as Record<string, unknown>, `${this.where} (${key})`);
    return { cartridge: p.int('cartridge'), tapeFile: p.int('tapeFile') };
  }

  strings(key: string): string[] {
    const v = this.o[key];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw this.bad(key, 'a list of strings');
    return v as string[];
  }

  object(key: string): Fields {
    const v = this.o[key];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw this.bad(key, 'an object');
    return new Fields(v as Record<string, unknown>, this.where);
  }

  has(key: string): boolean {
    return this.o[key] !== undefined;
  }
}

function parseLine(text: string, where: string): Fields {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where}: not a JSON line of a filelist run copy (${(e as Error).message})`);
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new Error(`${where}: not a JSON object`);
  return new Fields(o as Record<string, unknown>, where);
}

function checkVersion(f: Fields, where: string): void {
  if (!f.has('format') || f.str('format') !== RUN_COPY_FORMAT) throw new Error(`${where}: not a filelist run copy (the first line names no format '${RUN_COPY_FORMAT}')`);
  const version = f.str('version');
  const major = /^(\d+)\.\d+$/.exec(version)?.[1];
  if (major === undefined) throw new Error(`${where}: the run copy's version '${version}' is not major.minor`);
  if (Number(major) > MAJOR) {
    throw new Error(`${where}: the run copy has format version ${version}, newer than this program reads (${RUN_COPY_VERSION}); use the afbackup release that wrote it, or import the text form next to it`);
  }
}

function entryOf(f: Fields): FilelistEntry {
  return {
    name: f.bytes('name'),
    type: f.oneOf('type', ENTRY_TYPES) as EntryType,
    size: f.big('size', 'unsigned'),
    uid: f.int('uid', -1),
    mtimeNs: f.big('mtimeNs', 'signed'),
    ctimeNs: f.big('ctimeNs', 'signed'),
    inode: f.big('inode', 'unsigned'),
    dev: f.big('dev', 'unsigned'),
    ...(f.bool('unstable') ? { unstable: true } : {}),
    cartridge: f.int('cartridge'),
    tapeFile: f.int('tapeFile'),
    block: f.int('block'),
    blockOffset: f.int('blockOffset'),
    streamOffset: f.big('streamOffset', 'unsigned'),
  };
}

export interface RunCopyImportOptions {
  /** Names the input in error messages. */
  source: string;
}

/**
 * Reads one run copy into the filelist as a new run; returns the run's id and how many entries
 * it added. A copy that is damaged or cut short adds nothing (the run begun for it is dropped).
 */
export async function importRunJsonl(filelist: Filelist, lines: AsyncIterable<string> | Iterable<string>, opts: RunCopyImportOptions): Promise<{ runId: number; entries: number; deletions: number }> {
  let runId: number | undefined;
  let result: { state: 'complete' | 'failed'; endNs: bigint; first?: { cartridge: number; tapeFile: number }; last?: { cartridge: number; tapeFile: number }; minInfo?: string } | undefined;
  let batch: FilelistEntry[] = [];
  let deletions: Buffer[] = [];
  let counts = { entries: 0, deletions: 0 };
  let ended = false;
  let lineNo = 0;
  const flush = (): void => {
    filelist.addRunContents(runId!, [batch], deletions);
    counts = { entries: counts.entries + batch.length, deletions: counts.deletions + deletions.length };
    batch = [];
    deletions = [];
  };
  try {
    for await (const raw of lines) {
      lineNo++;
      const where = `${opts.source}:${lineNo}`;
      const text = raw.replace(/\r?\n$/, '');
      if (text.trim() === '') continue;
      if (ended) throw new Error(`${where}: a line after the end line`);
      const f = parseLine(text, where);
      if (runId === undefined) {
        checkVersion(f, where);
        const r = f.object('run');
        const state = r.str('state');
        if (state !== 'complete' && state !== 'failed') throw new Error(`${where}: the run's state is '${state}'; only a finished run (complete or failed) can be imported`);
        const first = r.position('first');
        const last = r.position('last');
        const startNs = r.big('startNs', 'signed');
        runId = filelist.beginRun({
          fullNumber: r.int('fullNumber'),
          part: r.int('part', 1),
          parts: r.int('parts', 1),
          level: r.int('level'),
          differential: r.bool('differential'),
          startNs,
          serverHost: r.str('serverHost'),
          serverPort: r.int('serverPort'),
          clientId: r.str('clientId'),
          dirsToBackup: r.has('dirsToBackup') ? r.strings('dirsToBackup') : [],
        });
        result = {
          state,
          endNs: r.has('endNs') ? r.big('endNs', 'signed') : startNs,
          ...(first ? { first } : {}),
          ...(last ? { last } : {}),
          ...(r.has('minInfo') ? { minInfo: r.str('minInfo') } : {}),
        };
      } else if (f.has('entry')) {
        batch.push(entryOf(f.object('entry')));
        if (batch.length >= BATCH) flush();
      } else if (f.has('deletion')) {
        deletions.push(f.bytes('deletion'));
        if (deletions.length >= BATCH) flush();
      } else if (f.has('end')) {
        flush();
        const end = f.object('end');
        const want = { entries: end.int('entries'), deletions: end.int('deletions') };
        if (want.entries !== counts.entries || want.deletions !== counts.deletions) {
          throw new Error(`${where}: the copy announces ${want.entries} entries and ${want.deletions} deletions but holds ${counts.entries} and ${counts.deletions}`);
        }
        ended = true;
      }
      // Other line kinds come from a newer minor version: they add, never change, what is above.
    }
    if (runId === undefined) throw new Error(`${opts.source}: empty, no run copy header`);
    if (!ended) throw new Error(`${opts.source}:${lineNo}: the copy ends without its end line (cut short); use the text form or an older copy`);
    filelist.finishRun(runId, result!);
    return { runId, ...counts };
  } catch (e) {
    if (runId !== undefined) filelist.dropRuns([runId]);
    throw e;
  }
}
