// afrestore's command line with afbackup's letters (see man/afrestore.8). "-<n>" (an older
// filelist) is not an option yargs can declare, so it is taken out first.
import { programArgs } from '../protocol/config/command-line.js';
import { parseCartridgeList } from '../afclient/remote/client-message.js';
import { DEFAULT_CLIENT_CONF, UsageError, type CommonOptions } from './context.js';
import type { RestoreQuery } from './selection.js';
import { parseTimeBounds } from './time-window.js';

export type RestoreMode = 'restore' | 'list' | 'count' | 'cartridges' | 'format';

export interface RestoreCommand extends CommonOptions {
  mode: RestoreMode;
  query: RestoreQuery;
  format?: string;
  /** -C */
  relocate?: string;
  /** -m */
  merge: boolean;
  /** -e (or -E) given n times: rebuild the filelist from the tapes first, from n-1 complete full backups further back. */
  emergency: number;
  /** -f (with -e): only rebuild the filelist. */
  filelistOnly: boolean;
  /** -E: scan these cartridge specifications (empty: all) for the minimum restore information (mode list, count: only show it). */
  scan?: string[];
  verbose: boolean;
}

/** Splits off "-<n>" arguments (the last one counts); afverify -l shows them as "-<n>.<total>", which is taken too. */
export function olderRunArgs(argv: readonly string[]): { rest: string[]; older?: number } {
  let older: number | undefined;
  const rest: string[] = [];
  for (const a of argv) {
    const m = /^-(\d+)(?:\.\d+)?$/.exec(a);
    if (m) older = Number(m[1]);
    else rest.push(a);
  }
  return { rest, ...(older !== undefined ? { older } : {}) };
}

export function commonYargs(program: string, argv: string[], usage: string) {
  return programArgs(program, argv, usage)
    .option('c', { type: 'string', requiresArg: true, default: DEFAULT_CLIENT_CONF, describe: 'client configuration file' })
    .option('V', { type: 'string', requiresArg: true, describe: 'VarDirectory holding the filelist (root only)' })
    .option('W', { type: 'string', requiresArg: true, describe: 'client identifier (root only)' })
    .option('k', { type: 'string', requiresArg: true, describe: 'key file for the servers (root only)' })
    .option('v', { type: 'boolean', default: false, describe: 'verbose' })
    .parserConfiguration({ 'duplicate-arguments-array': false, 'parse-positional-numbers': false, 'camel-case-expansion': false });
}

export function commonOptions(a: { c: string; V?: string | undefined; W?: string | undefined; k?: string | undefined }): CommonOptions {
  return { configFile: a.c, ...(a.V !== undefined ? { varDirectory: a.V } : {}), ...(a.W !== undefined ? { clientId: a.W } : {}), ...(a.k !== undefined ? { keyFile: a.k } : {}) };
}

/** Undefined when --help was asked for (and shown). */
export function parseRestoreArgs(argv: readonly string[]): RestoreCommand | undefined {
  // With -E, "-<k>[@host[%port]]" names the k+1 newest cartridges (afbackup's form 4).
  const scanning = argv.some((arg) => /^-[A-Za-z]*E[A-Za-z]*$/.test(arg));
  const recent = scanning ? argv.filter((arg) => /^-\d+(?:@|$)/.test(arg)) : [];
  const { rest, older } = olderRunArgs(argv.filter((arg) => !recent.includes(arg)));
  const a = commonYargs('afrestore', rest, 'afrestore [-lntmpia] [-<n>] [-A date[%date]] [-B date[%date]] [-T cartridges] [-C dir] [-F format] [-c conf] PATTERN...\nafrestore -e [-e] [-f | options PATTERN...] < minimum-restore-information\nafrestore -E [-E] [-lnfmv] [-C dir] [-A date] [-B date] [-T cartridges] [cart|a-b|-k][@host[%port]]...')
    .option('p', { type: 'boolean', default: false, describe: 'patterns are exact names' })
    .option('i', { type: 'boolean', default: false, describe: 'ignore case' })
    .option('a', { type: 'boolean', default: false, describe: 'the whole state of the last backup' })
    .option('A', { type: 'string', requiresArg: true, describe: "after: 'file date [% backup date]'" })
    .option('B', { type: 'string', requiresArg: true, describe: "before: 'file date [% backup date]'" })
    .option('T', { type: 'string', requiresArg: true, describe: 'only from these cartridges (1,3-5)' })
    .option('C', { type: 'string', requiresArg: true, describe: 'restore below this directory' })
    .option('m', { type: 'boolean', default: false, describe: 'do not overwrite existing files' })
    .option('l', { type: 'boolean', default: false, describe: 'list' })
    .option('n', { type: 'boolean', default: false, describe: 'count' })
    .option('t', { type: 'boolean', default: false, describe: 'cartridges needed' })
    .option('F', { type: 'string', requiresArg: true, describe: 'list in this format (%n name, ...)' })
    .option('e', { type: 'count', describe: 'emergency: rebuild the filelist from the tapes (minimum restore information on stdin), then restore everything of the last backup or what the patterns match; -e -e: one more full backup back' })
    .option('f', { type: 'boolean', default: false, describe: 'with -e: only rebuild the filelist' })
    .option('E', { type: 'count', describe: 'emergency without the information: scan the cartridges for it ([cart|a-b][@host[%port]] ...), then as -e' })
    .parseSync();
  if (a.help) return undefined;
  const bounds = (flag: '-A' | '-B', text: string | undefined) => {
    if (text === undefined) return {};
    try {
      return parseTimeBounds(text, flag);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  };
  let cartridges: number[] | undefined;
  if (a.T !== undefined) {
    try {
      cartridges = parseCartridgeList(a.T, '-T');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const window = { after: bounds('-A', a.A), before: bounds('-B', a.B), ...(cartridges ? { cartridges } : {}) };
  if (a.E > 0) {
    if (a.e > 0 || a.a || a.t || a.p || a.i || a.F !== undefined || older !== undefined) {
      throw new UsageError('-E scans the cartridges and goes on as -e with everything of the last backup; give cartridges and -l, -n, -f, -m, -C, -A, -B, -T, -v with it (no -e, -a, -t, -p, -i, -F, -<n>)');
    }
    return {
      ...commonOptions(a),
      mode: a.l ? 'list' : a.n ? 'count' : 'restore',
      query: { patterns: [], exact: false, ignoreCase: false, ...window, all: true },
      ...(a.C !== undefined ? { relocate: a.C } : {}),
      merge: a.m,
      emergency: a.E,
      filelistOnly: a.f,
      scan: [...recent, ...a._.map(String)],
      verbose: a.v,
    };
  }
  if (a.f && a.e === 0) throw new UsageError('-f goes with -e or -E (rebuild only the filelist)');
  if (a.f && (a._.length > 0 || a.a || a.l || a.n || a.t || a.F !== undefined || older !== undefined)) {
    throw new UsageError('-f only rebuilds the filelist; give no patterns, -a, -l, -n, -t, -F or -<n> with it');
  }
  const modes = [a.l && 'list', a.n && 'count', a.t && 'cartridges', a.F !== undefined && 'format'].filter((m): m is RestoreMode => typeof m === 'string');
  if (modes.length > 1) throw new UsageError(`-l, -n, -t and -F exclude each other (given: ${modes.map((m) => ({ list: '-l', count: '-n', cartridges: '-t', format: '-F', restore: '' })[m]).join(' ')})`);
  const patterns = a._.map(String);
  if (a.a && patterns.length > 0) throw new UsageError('-a restores the whole last backup; give no patterns with it');
  if (!a.a && a.e === 0 && patterns.length === 0) throw new UsageError('name what to restore: afrestore PATTERN... (or -a for everything of the last backup)');
  // afrestore -e without patterns takes everything of the last backup, as -a does.
  const all = a.a || (a.e > 0 && patterns.length === 0);
  if (all && older !== undefined) throw new UsageError(`${a.a ? '-a' : '-e without patterns'} takes the last backup; -<n> cannot be combined with it`);
  return {
    ...commonOptions(a),
    mode: modes[0] ?? 'restore',
    query: {
      patterns,
      exact: a.p,
      ignoreCase: a.i,
      ...window,
      all,
      ...(older !== undefined ? { olderFilelist: older } : {}),
    },
    ...(a.F !== undefined ? { format: a.F } : {}),
    ...(a.C !== undefined ? { relocate: a.C } : {}),
    merge: a.m,
    emergency: a.e,
    filelistOnly: a.f,
    verbose: a.v,
  };
}
