// The command line of afclient: afbackup's option letters (plus long names), checked and turned
// into one options object. Usage errors are thrown as UsageError (exit status 2).
import fs from 'node:fs';
import { programArgs, UsageError } from '../protocol/config/command-line.js';
import { MAX_ZSTD_LEVEL, MIN_ZSTD_LEVEL, type CodecSpec } from './codec/spec.js';
import { parseUid } from './ids.js';
import { cUnescape } from './names.js';
import { DEFAULT_NO_COMPRESS } from './pack/no-compress.js';
import { parseTimeNs, type Selection } from './select.js';
import { QUERY_MODES, REMOTE_OPTIONS, remoteOptionsOf, type QueryFlag, type QueryMode, type RemoteOptions } from './remote/remote-args.js';

export { UsageError };

export type ArchiveMode = 'create' | 'extract' | 'list' | 'compare';
/** The archive modes, and with -h also the server requests (-q -Q -w -I -M -X). */
export type Mode = ArchiveMode | QueryMode;


export interface CliOptions {
  mode: Mode;
  /** Archive file, '-' for standard input/output; '' with -h (the archive is on the server). */
  file: string;
  /** -h: the server to talk to, and what the server modes need. */
  remote?: RemoteOptions;
  root: string;
  verbose: boolean;
  overwrite: boolean;
  skipGarbage: boolean;
  keepAtime: boolean;
  codec: CodecSpec;
  /** Shell patterns of names stored uncompressed (the DoNotProcess defaults plus -s). */
  noCompressPatterns: string[];
  selection: Selection;
  /** Paths to pack (-c), or names to take from the archive (-x, -t, -d; empty = all). */
  names: Buffer[];
}

export const DEFAULT_ZSTD_LEVEL = 3;

/** The options of a run, or undefined when --help was asked for (and printed). */
export function parseArgs(argv: string[]): CliOptions | undefined {
  const a = programArgs(
    'afclient',
    argv,
    'afclient -c|-x|-t|-d -f FILE|- [options] [NAME...]\nafclient -c|-x|-t|-d|-q|-Q|-w|-I|-M MSG|-X CMD -h HOST -k KEYFILE [options] [NAME...]',
  )
    .parserConfiguration({ 'camel-case-expansion': false, 'unknown-options-as-args': false })
    .option('c', { alias: 'create', type: 'boolean', describe: 'create an archive from the NAMEs' })
    .option('x', { alias: 'extract', type: 'boolean', describe: 'extract (all, or the NAMEs)' })
    .option('t', { alias: 'list', type: 'boolean', describe: 'list the entries' })
    .option('d', { alias: 'compare', type: 'boolean', describe: 'compare the archive with the filesystem' })
    .option('f', { alias: 'file', type: 'string', describe: 'archive file, - for standard input/output' })
    .option('C', { alias: 'directory', type: 'string', describe: 'work relative to this directory' })
    .option('v', { alias: 'verbose', type: 'boolean' })
    .option('u', { alias: 'overwrite', type: 'boolean', describe: 'replace existing files when extracting' })
    .option('g', { alias: 'skip-garbage', type: 'boolean', describe: 'skip leading garbage (start reading mid-stream)' })
    .option('s', { alias: 'no-compress', type: 'string', array: true, describe: 'store names matching this pattern uncompressed (repeatable)' })
    .option('z', { alias: 'filter', type: 'string', array: true, nargs: 2, describe: 'compress with CMD, restore with UNCMD' })
    .option('Z', { alias: 'level', type: 'number', describe: 'zstd compression level' })
    .option('codec', { choices: ['none', 'zstd'] as const, describe: 'content codec (default zstd)' })
    .option('T', { alias: 'files-from', type: 'string', describe: 'read NAMEs from this file, one per line, C-escaped' })
    .option('o', { alias: 'owner', type: 'string', describe: 'only entries owned by this uid or user' })
    .option('N', { alias: 'newer', type: 'string', describe: 'only files modified after this file was' })
    .option('A', { alias: 'after', type: 'string', describe: 'only files modified at or after this time' })
    .option('B', { alias: 'before', type: 'string', describe: 'only files modified before this time' })
    .option('K', { alias: 'no-keep-atime', type: 'boolean', describe: 'do not restore the access time of files read' })
    .options(REMOTE_OPTIONS)
    .parseSync();
  if (a.help) return undefined;

  const flags = (['c', 'x', 't', 'd', ...(Object.keys(QUERY_MODES) as QueryFlag[])] as const).filter((m) => a[m] !== undefined && a[m] !== false);
  if (flags.length !== 1) throw new UsageError('give exactly one of -c (create), -x (extract), -t (list), -d (compare), or with -h one of -q, -Q, -w, -I, -M, -X');
  const flag = flags[0]!;
  const mode: Mode = flag in QUERY_MODES ? QUERY_MODES[flag as QueryFlag] : ({ c: 'create', x: 'extract', t: 'list', d: 'compare' } as const)[flag as 'c' | 'x' | 't' | 'd'];
  let remote: RemoteOptions | undefined;
  try {
    remote = remoteOptionsOf(a);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (remote && a.f !== undefined) throw new UsageError('-f and -h exclude each other: the archive is either a file or on the server');
  if (!remote && flag in QUERY_MODES) throw new UsageError(`-${flag} asks an afbackup server: give the server with -h HOST (and -k KEYFILE)`);
  if (!remote && (a.f === undefined || a.f === '')) throw new UsageError('no archive given: use -f FILE, or -f - for standard input/output, or -h HOST for a server');

  const names: Buffer[] = a._.map((n) => Buffer.from(String(n)));
  if (a.T !== undefined) names.push(...readNameList(a.T));
  if (mode === 'create' && names.length === 0) throw new UsageError('nothing to pack: give the files or directories to store (or -T LISTFILE)');
  if (flag in QUERY_MODES && names.length > 0) throw new UsageError(`-${flag} takes no names (got ${names[0]})`);

  return {
    mode,
    file: a.f ?? '',
    ...(remote ? { remote } : {}),
    root: a.C ?? '.',
    verbose: a.v ?? false,
    overwrite: a.u ?? false,
    skipGarbage: a.g ?? false,
    keepAtime: !(a.K ?? false),
    codec: codecOf(a.z, a.Z, a.codec),
    noCompressPatterns: [...DEFAULT_NO_COMPRESS, ...(a.s ?? [])],
    selection: selectionOf(a.o, a.N, a.A, a.B),
    names,
  };
}

function codecOf(filter: string[] | undefined, level: number | undefined, codec: 'none' | 'zstd' | undefined): CodecSpec {
  if (filter !== undefined) {
    if (filter.length !== 2 || !filter[0] || !filter[1]) throw new UsageError('-z needs two commands: -z CMD UNCMD');
    if (codec !== undefined || level !== undefined) throw new UsageError('-z cannot be combined with --codec or -Z');
    return { kind: 'filter', command: filter[0], restoreCommand: filter[1] };
  }
  if (codec === 'none') {
    if (level !== undefined) throw new UsageError('-Z sets the zstd level; it cannot be combined with --codec none');
    return { kind: 'none' };
  }
  if (level !== undefined && (!Number.isInteger(level) || level < MIN_ZSTD_LEVEL || level > MAX_ZSTD_LEVEL))
    throw new UsageError(`-Z ${level}: the zstd level must be ${MIN_ZSTD_LEVEL} to ${MAX_ZSTD_LEVEL}`);
  return { kind: 'zstd', level: level ?? DEFAULT_ZSTD_LEVEL };
}

function selectionOf(owner?: string, newer?: string, after?: string, before?: string): Selection {
  const sel: Selection = {};
  if (owner !== undefined) {
    sel.owner = parseUid(owner);
    if (sel.owner === undefined) throw new UsageError(`-o ${owner}: not a uid and not a user known on this host`);
  }
  if (newer !== undefined) {
    try {
      sel.newerThanNs = fs.statSync(newer, { bigint: true }).mtimeNs;
    } catch (err) {
      throw new UsageError(`-N ${newer}: cannot read its modification time (${(err as Error).message})`);
    }
  }
  for (const [flag, text, key] of [['-A', after, 'afterNs'], ['-B', before, 'beforeNs']] as const) {
    if (text === undefined) continue;
    const ns = parseTimeNs(text);
    if (ns === undefined) throw new UsageError(`${flag} ${text}: not a time (give seconds since 1970 or a date like 2026-11-22T08:00:00Z)`);
    sel[key] = ns;
  }
  return sel;
}

function readNameList(file: string): Buffer[] {
  let text: Buffer;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    throw new UsageError(`-T ${file}: cannot read the name list (${(err as Error).message})`);
  }
  const names: Buffer[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf(0x0a, start);
    const line = text.subarray(start, end < 0 ? text.length : end);
    if (line.length) names.push(cUnescape(line));
    start = end < 0 ? text.length : end + 1;
  }
  return names;
}
