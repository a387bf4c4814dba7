// afbackup's text form of a filelist (backup_log.<num>): a header line per run, then one line
// per saved entry, `server%port!cartridge.tapefile|uid~mtime: C-escaped name`. Exported for
// afrestore -l, ExitProgram's %l and people used to reading it; imported to adopt the indexes
// of an old afbackup installation. Deletions go in lines afbackup reads as comments.
import { cEscape, cUnescape } from '../../names.js';
import { FULL_LEVEL } from '../levels.js';
import type { Filelist } from './filelist.js';
import { runPairs } from './rows.js';
import type { FilelistEntry, RunInfo } from './types.js';

const DELETED = '#deleted: ';
const BATCH = 10_000;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ctime(3)'s form ("Sun Nov 22 06:46:19 2026"), in UTC so exports do not depend on the zone. */
function ctimeString(ns: bigint): string {
  const d = new Date(Number(ns / 1_000_000n));
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

function kindOf(r: RunInfo): string {
  if (r.level === FULL_LEVEL) return 'Full';
  if (r.differential) return 'Differential';
  return r.level === 0 ? 'Incremental' : 'Level';
}

/**
 * `cartridge.tapefile|uid~mtime: ` of an entry's line (no owner part when uid < 0), written by
 * SQLite so that no number of the row is made in JavaScript. mtime in whole seconds, rounded
 * down also before 1970 (SQLite's integer division truncates toward zero).
 */
const POSITION_AND_OWNER =
  "cartridge || '.' || tape_file || CASE WHEN uid >= 0 THEN '|' || uid || '~' || (mtime_ns / 1000000000 - (mtime_ns < 0 AND mtime_ns % 1000000000 <> 0)) ELSE '' END || ': '";

/** A run's header line (without its '\n'). */
export function headerLine(r: RunInfo): string {
  return (
    `## ${kindOf(r)} backup at ${ctimeString(r.startNs)} UTC, current number: ${r.fullNumber}, part: ${r.part}/${r.parts}, ` +
    `level: ${r.level}, differential: ${r.differential ? 1 : 0}, start: ${r.startNs}, state: ${r.state}, server: ${r.serverHost}%${r.serverPort}, client id: ${r.clientId}`
  );
}

/** Printable ASCII but the backslash: a name of only these is its own C escape (most names). */
const PLAIN = /^[\x20-\x5b\x5d-\x7e]*$/;

/** cEscape of a name given as nameKey (latin1), without making a Buffer of a plain one. */
const escapedName = (key: string): string => (PLAIN.test(key) ? key : cEscape(Buffer.from(key, 'latin1')));

/** What every entry line of a run starts with: `server%port!`. */
export const unitOf = (r: Pick<RunInfo, 'serverHost' | 'serverPort'>): string => `${r.serverHost}%${r.serverPort}!`;

export const deletionLine = (name: Buffer): string => `${DELETED}${cEscape(name)}\n`;

/** The lines (each ending in '\n') of the given runs, default all finished ones; stream them with Readable.from. */
export function* exportText(filelist: Filelist, runs: readonly RunInfo[] = filelist.runs().filter((r) => r.state !== 'running')): Generator<string> {
  const entries = runPairs(filelist.db, POSITION_AND_OWNER, 'name');
  const deletions = filelist.db.prepare('SELECT name FROM deletions WHERE run_id = ? ORDER BY rowid').pluck();
  for (const r of runs) {
    yield headerLine(r) + '\n';
    const unit = unitOf(r);
    for (const [middle, key] of entries(r.id)) yield `${unit}${middle}${escapedName(key)}\n`;
    for (const name of deletions.iterate(r.id) as IterableIterator<Buffer>) yield deletionLine(name);
    yield '\n';
  }
}

export interface ImportOptions {
  /** Names the input in error messages. */
  source: string;
  clientId: string;
  /** For runs without "current number" (afbackup's backup_log.<num>: the num). */
  fullNumber?: number;
  /** For lines of old formats without `server%port!`. */
  server?: { host: string; port: number };
}

/** What a run header line says: the run, as far as the text form carries it. */
type Header = Pick<RunInfo, 'fullNumber' | 'part' | 'parts' | 'level' | 'differential' | 'startNs' | 'clientId'> & {
  state: 'complete' | 'failed';
  server?: { host: string; port: number };
};

function parseHeader(line: string, opts: ImportOptions, where: string): Header {
  const field = (name: string): string | undefined => new RegExp(`(?:^|[ ,])${name}: ([^,]*)`).exec(line)?.[1]?.trim();
  const kind = /^##\s*(\w+)/.exec(line)?.[1] ?? '';
  const date = /backup at ([^,]*)/.exec(line)?.[1]?.trim();
  const start = field('start');
  const startNs = start !== undefined && /^-?\d+$/.test(start) ? BigInt(start) : date !== undefined && !Number.isNaN(Date.parse(date)) ? BigInt(Date.parse(date)) * 1_000_000n : undefined;
  if (startNs === undefined) throw new Error(`${where}: cannot read the backup time in the header ${JSON.stringify(line)}`);
  const [part, parts] = (field('part') ?? '1/1').split('/').map(Number);
  const level = field('level') !== undefined ? Number(field('level')) : kind === 'Full' ? FULL_LEVEL : 0;
  const state = field('state');
  const number = field('current number');
  const server = /^(.+)%(\d+)$/.exec(field('server') ?? '');
  return {
    ...(server ? { server: { host: server[1]!, port: Number(server[2]) } } : {}),
    fullNumber: number !== undefined ? Number(number) : (opts.fullNumber ?? 0),
    part: part ?? 1,
    parts: parts ?? 1,
    level,
    differential: field('differential') === '1' || kind === 'Differential',
    startNs,
    state: state === 'failed' ? 'failed' : 'complete',
    clientId: /client id: (.*)$/.exec(line)?.[1] ?? opts.clientId,
  };
}

const ENTRY = /^(?:([^%!|~]+)%(\d+)!)?(\d+)\.(\d+)(?:\|(-?\d+)~(-?\d+))?:(?: (.*))?$/;

/** Reads the text form into the filelist as new runs; returns how many runs and entries it added. */
export async function importText(filelist: Filelist, lines: AsyncIterable<string> | Iterable<string>, opts: ImportOptions): Promise<{ runs: number; entries: number }> {
  let header: Header | undefined;
  let runId: number | undefined;
  let batch: FilelistEntry[] = [];
  let deletions: Buffer[] = [];
  let counts = { runs: 0, entries: 0 };
  const flush = (): void => {
    if (runId === undefined) return;
    filelist.addRunContents(runId, [batch], deletions);
    counts = { runs: counts.runs, entries: counts.entries + batch.length };
    batch = [];
    deletions = [];
  };
  const finish = (where: string): void => {
    // A run without entries (nothing had changed) is still a run: it is a level reference.
    const server = runServer ?? opts.server;
    if (runId === undefined && header && !headerUsed && server) runId = begin(server, where);
    flush();
    if (runId !== undefined && header) filelist.finishRun(runId, { state: header.state, endNs: header.startNs });
    runId = undefined;
  };
  const begin = (server: { host: string; port: number }, where: string): number => {
    if (!header) throw new Error(`${where}: an entry before the first '## ... backup at ...' header line`);
    headerUsed = true;
    counts = { runs: counts.runs + 1, entries: counts.entries };
    const { fullNumber, part, parts, level, differential, startNs, clientId } = header;
    return filelist.beginRun({ fullNumber, part, parts, level, differential, startNs, clientId, serverHost: server.host, serverPort: server.port });
  };
  let headerUsed = false;
  let lineNo = 0;
  let runServer: { host: string; port: number } | undefined;
  for await (const raw of lines) {
    lineNo++;
    const where = `${opts.source}:${lineNo}`;
    const line = raw.replace(/\r?\n$/, '');
    if (line.trim() === '') continue;
    if (line.startsWith('##')) {
      finish(where);
      header = parseHeader(line, opts, where);
      headerUsed = false;
      runServer = header.server;
      continue;
    }
    if (line.startsWith(DELETED)) {
      if (runId === undefined) runId = begin(runServer ?? opts.server ?? { host: '', port: 0 }, where);
      deletions.push(cUnescape(line.slice(DELETED.length)));
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = ENTRY.exec(line);
    if (!m) throw new Error(`${where}: not a filelist line (expected 'server%port!cartridge.file|uid~mtime: name'): ${JSON.stringify(line.slice(0, 200))}`);
    const server = m[1] !== undefined ? { host: m[1], port: Number(m[2]) } : (runServer ?? opts.server);
    if (!server) throw new Error(`${where}: the line names no server and none was given for old-format lines`);
    if (runServer && (server.host !== runServer.host || server.port !== runServer.port)) {
      throw new Error(`${where}: server ${server.host}%${server.port} differs from ${runServer.host}%${runServer.port} earlier in the same run; split the run with a header line`);
    }
    runServer = server;
    if (m[7] === undefined || m[7] === '') continue; // afbackup's position line for the run's start
    if (runId === undefined) runId = begin(server, where);
    const mtimeNs = BigInt(m[6] ?? '0') * 1_000_000_000n;
    batch.push({
      name: cUnescape(m[7]),
      type: 'file',
      size: 0n,
      uid: m[5] !== undefined ? Number(m[5]) : -1,
      mtimeNs,
      ctimeNs: mtimeNs,
      inode: 0n,
      dev: 0n,
      cartridge: Number(m[3]),
      tapeFile: Number(m[4]),
      block: 0,
      blockOffset: 0,
      streamOffset: 0n,
    });
    if (batch.length >= BATCH) flush();
  }
  finish(`${opts.source}:${lineNo}`);
  return counts;
}
