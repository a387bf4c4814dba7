// The command line of full_backup and incr_backup: afbackup's letters, each overriding the
// client.conf parameter it names (CLIENT_OPTION_LETTERS), with a readable long name for each.
// afbackup's switches written with '+' or '-' (+B/-B, +x/-x, +L/-L, also grouped as +LB) are
// turned into their long forms (--process-files / --no-process-files ...) before yargs sees
// them. Usage errors are UsageError.
import path from 'node:path';
import { programArgs, UsageError } from '../../../protocol/config/command-line.js';
import { splitList } from '../../../protocol/config/config.js';
import { MAX_ZSTD_LEVEL, MIN_ZSTD_LEVEL } from '../../codec/spec.js';
import { DEFAULT_CARTRIDGE_SET, DEFAULT_PORT, parseFilesystemTypes, parseServerMessages, type ClientConfig, type ServerMessageConfig, type ServerUnit } from '../client-config.js';
import { FULL_LEVEL } from '../levels.js';
import { joinPrefixWords } from './backup-entries.js';

export { UsageError };

export const DEFAULT_CONFIG = '/etc/afbackup/client.conf';

export interface ParsedCommandLine {
  configFile: string;
  level: number;
  differential: boolean;
  dropLower: boolean;
  verbose: boolean;
  /** full_backup -a: save everything without starting a new full backup number or becoming a reference. */
  append: boolean;
  /** -d: run in the background, messages to the log. */
  detach: boolean;
  /** -G: the run starts on a new cartridge. */
  newCartridge: boolean;
  /** Entries named on the command line: saved instead of DirsToBackup, without touching counters or references. */
  entries?: string[];
  apply: (c: ClientConfig) => ClientConfig;
}

const number = (text: string, what: string, max: number): number => {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) throw new UsageError(`${what} '${text}' is not a number 1-${max}`);
  return Number(text);
};

function serversOf(hosts: string[], ports: string[], sets: string[], current: readonly ServerUnit[]): ServerUnit[] {
  if (ports.length > hosts.length || sets.length > hosts.length) throw new UsageError(`-P and -S give one port and one cartridge set per host of -h (${hosts.length} hosts)`);
  return hosts.map((host, i) => ({
    host,
    port: ports[i] !== undefined ? number(ports[i]!, '-P: port', 65535) : (current.find((s) => s.host === host)?.port ?? DEFAULT_PORT),
    cartridgeSet: sets[i] !== undefined ? number(sets[i]!, '-S: cartridge set', 2 ** 31 - 1) : DEFAULT_CARTRIDGE_SET,
  }));
}

export type Program = 'full_backup' | 'incr_backup' | 'update_indexes';

type OptionSpec = { alias: string; type: 'string' | 'boolean' | 'number'; describe: string; array?: true; nargs?: number };

const BACKUP: Program[] = ['full_backup', 'incr_backup'];
const ALL: Program[] = ['full_backup', 'incr_backup', 'update_indexes'];

/** Every option with the programs that take it; a letter may mean different things in different programs. */
const OPTIONS: (OptionSpec & { letter?: string; programs: Program[] })[] = [
  { letter: 'c', alias: 'config', type: 'string', describe: `client configuration file (default ${DEFAULT_CONFIG})`, programs: ALL },
  { letter: 'v', alias: 'verbose', type: 'boolean', describe: 'print the statistics report (update_indexes: what was dropped)', programs: ALL },
  { letter: 'b', alias: 'init-program', type: 'string', describe: 'InitProgram: run first; a non-zero exit aborts the backup', programs: BACKUP },
  { letter: 'e', alias: 'exit-program', type: 'string', describe: 'ExitProgram: run at the end (%l filelist, %r report, %e exit status, %i restore info)', programs: BACKUP },
  { letter: 'i', alias: 'startup-info-program', type: 'string', describe: 'StartupInfoProgram: gets the minimum restore information on its input', programs: BACKUP },
  { letter: 'h', alias: 'hosts', type: 'string', describe: 'BackupHosts: servers, the first available one is used', programs: ALL },
  { letter: 'P', alias: 'ports', type: 'string', describe: 'BackupPorts: ports, positional with the hosts', programs: ALL },
  { letter: 'S', alias: 'cartridge-sets', type: 'string', describe: 'CartridgeSets: cartridge set per host', programs: BACKUP },
  { letter: 'W', alias: 'client-id', type: 'string', describe: 'ClientIdentifier', programs: ALL },
  { letter: 'V', alias: 'var-directory', type: 'string', describe: 'VarDirectory: filelist and state', programs: ALL },
  { letter: 'k', alias: 'key-file', type: 'string', describe: 'EncryptionKeyFile: the key shared with the servers', programs: ALL },
  { letter: 'l', alias: 'log-file', type: 'string', describe: 'LoggingFile (- for standard error)', programs: ALL },
  { letter: 'y', alias: 'progress', type: 'boolean', describe: 'ReportProgress: write the progress file (VarDirectory/progress)', programs: BACKUP },
  { alias: 'progress-file', type: 'string', describe: 'with -y: write the progress to this file instead', programs: BACKUP },
  { letter: 'N', alias: 'num-indexes', type: 'number', describe: 'NumIndexesToStore: keep the current and N older filelists', programs: BACKUP },
  { letter: 'O', alias: 'days-indexes', type: 'number', describe: 'DaysToStoreIndexes: keep filelists written within this many days', programs: BACKUP },
  { letter: 'C', alias: 'root-directory', type: 'string', describe: 'RootDirectory: names are saved relative to it', programs: BACKUP },
  { letter: 'D', alias: 'dirs-to-skip', type: 'string', describe: 'DirsToSkip: patterns of directories not to save', programs: BACKUP },
  { letter: 'F', alias: 'files-to-skip', type: 'string', describe: 'FilesToSkip: patterns of files not to save', programs: BACKUP },
  { letter: 'X', alias: 'exclude-list-file', type: 'string', describe: 'ExcludeListFile: name of the per-directory exclude files ("" for none)', programs: BACKUP },
  { letter: 'f', alias: 'filesystem-types', type: 'string', describe: 'FilesystemTypes: t or +t only these, -t skip but descend, /t prune', programs: BACKUP },
  { letter: 's', alias: 'do-not-process', type: 'string', describe: 'DoNotProcess: patterns of files saved uncompressed', programs: BACKUP },
  { letter: 'z', alias: 'process', type: 'string', array: true, nargs: 2, describe: 'CompressCmd UncompressCmd', programs: BACKUP },
  { letter: 'Z', alias: 'builtin-level', type: 'number', describe: 'BuiltinCompressLevel (zstd)', programs: BACKUP },
  { alias: 'process-files', type: 'boolean', describe: '+B / -B: compress file contents or store them as they are (ProcessBackupedFiles)', programs: BACKUP },
  { alias: 'checksums', type: 'boolean', describe: '+x / -x: per-file checksums; always written, they cannot be switched off', programs: BACKUP },
  { alias: 'compress-index', type: 'boolean', describe: '+L / -L: compress the text index files (-I) and the filelist copies on tape (ProcessLogfiles)', programs: BACKUP },
  { letter: 'I', alias: 'index-prefix', type: 'string', describe: 'IndexFilePart: also keep afbackup\'s text index, in files named this prefix + the full backup number', programs: BACKUP },
  { letter: 'E', alias: 'use-ctime', type: 'boolean', describe: 'UseCTime: also compare the ctime (always done here)', programs: BACKUP },
  { letter: 'M', alias: 'server-messages', type: 'string', describe: 'PrintServerMessages: "b [port ...]" shows the server\'s drive state during the run', programs: BACKUP },
  { letter: 'd', alias: 'detach', type: 'boolean', describe: 'run in the background; messages go to LoggingFile', programs: BACKUP },
  { letter: 'G', alias: 'new-cartridge', type: 'boolean', describe: 'start this run on a new cartridge', programs: BACKUP },
  { letter: 'a', alias: 'append', type: 'boolean', describe: 'save everything configured without a new full backup number; the run is no reference for later ones', programs: ['full_backup'] },
  { letter: 'Q', alias: 'level', type: 'number', describe: `level 0 to ${FULL_LEVEL - 1}: save what changed since the newest run of this or a higher level`, programs: ['incr_backup'] },
  { letter: 'a', alias: 'differential', type: 'boolean', describe: 'differential: do not become the reference of later runs', programs: ['incr_backup'] },
  { letter: 'H', alias: 'drop-lower', type: 'boolean', describe: 'drop the entries of lower-level runs since the reference and release their tapes', programs: ['incr_backup'] },
];

/** The options `program` takes. */
export const optionsOf = (program: Program): (OptionSpec & { letter?: string })[] => OPTIONS.filter((o) => o.programs.includes(program));

/** afbackup's '+'/'-' switches and the long boolean each stands for. */
const SIGNED_SWITCHES: Record<string, string> = { B: 'process-files', x: 'checksums', L: 'compress-index' };
const SIGNED = /^[+-][BxL]+$/;

/** Prefix words of entries named on the command line (as in DirsToBackup): they take the next word. */
const ENTRY_PREFIXES = new Set(['-m', '-r', '-R']);

/**
 * Splits the command line into options for yargs and the entries it names. Rewrites +B/-B,
 * +x/-x, +L/-L (grouped too: -Bx) as --[no-]LONG, and each one-value option as --LONG=value,
 * so that a value starting with '-' (-f "-nfs", -X -excl) stays a value. Words that are no
 * option or option value are entries, with their prefix words -m, -r, -R; after '--' every
 * word is an entry.
 */
export function preParse(argv: readonly string[], specs: readonly (OptionSpec & { letter?: string })[]): { args: string[]; entries: string[] } {
  const byLetter = new Map(specs.filter((s) => s.letter).map((s) => [s.letter!, s]));
  const byLong = new Map(specs.map((s) => [s.alias, s]));
  const args: string[] = [];
  const entries: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      entries.push(...argv.slice(i + 1));
      break;
    }
    if (SIGNED.test(arg)) {
      for (const letter of arg.slice(1)) args.push(`--${arg[0] === '-' ? 'no-' : ''}${SIGNED_SWITCHES[letter]}`);
      continue;
    }
    if (ENTRY_PREFIXES.has(arg) && !byLetter.has(arg[1]!)) {
      entries.push(arg, ...argv.slice(i + 1, i + 2));
      i++;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      entries.push(arg);
      continue;
    }
    // -x VALUE, --long VALUE, or a group of letters whose last one takes a value (-vc FILE)
    const spec = /^-[A-Za-z]+$/.test(arg) ? byLetter.get(arg.at(-1)!) : /^--[a-z-]+$/.test(arg) ? byLong.get(arg.slice(2)) : undefined;
    const values = spec && spec.type !== 'boolean' ? (spec.nargs ?? 1) : 0;
    if (values === 1 && (arg.length === 2 || arg.startsWith('--')) && i + 1 < argv.length) {
      args.push(`--${spec!.alias}=${argv[++i]}`);
      continue;
    }
    args.push(arg, ...argv.slice(i + 1, i + 1 + values));
    i += values;
  }
  return { args, entries };
}

/** preParse's arguments read by yargs: the usage errors and --help come from here. */
export function yargsOptions(program: Program, args: readonly string[]): Record<string, unknown> {
  let y = programArgs(program, args, `${program} [-c client.conf] [options] [entry ...]`)
    .parserConfiguration({ 'camel-case-expansion': false, 'unknown-options-as-args': false });
  for (const { letter, ...spec } of optionsOf(program)) {
    y = letter ? y.option(letter, spec) : y.option(spec.alias, { type: spec.type, describe: spec.describe });
  }
  return y.parseSync() as Record<string, unknown>;
}

// yargs takes the quotes off a value in matching quotes: such values are left to it.
const PLAIN_VALUE = /^--([a-z-]+)=(?!["'])([\s\S]*)$/;
const PLAIN_SWITCH = /^--(no-)?([a-z-]+)$/;

/**
 * preParse's arguments as yargsOptions gives them, read straight from the option table, or
 * undefined unless every one is plain: a string option's `--long=value`, a number option's
 * `--long=digits`, a switch as `--long`, `--no-long` or letters (-v, -dG), each option at most
 * once, no value starting with a quote. yargs costs some 8 ms of every start (its parser and this table built anew), and a
 * backup's command line is nearly always plain (-c FILE, -Q 3, -v, +LB); everything else, help
 * and errors included, is left to yargsOptions.
 */
export function plainOptions(program: Program, args: readonly string[]): Record<string, unknown> | undefined {
  const specs = optionsOf(program);
  const a: Record<string, unknown> = { _: [] };
  const set = (spec: (typeof specs)[number] | undefined, value: unknown): boolean => {
    if (!spec || a[spec.alias] !== undefined) return false;
    a[spec.alias] = value;
    if (spec.letter) a[spec.letter] = value;
    return true;
  };
  for (const arg of args) {
    const value = PLAIN_VALUE.exec(arg);
    const onOff = PLAIN_SWITCH.exec(arg);
    if (value) {
      const spec = specs.find((s) => s.alias === value[1]);
      if (!spec || spec.nargs !== undefined || spec.type === 'boolean' || (spec.type === 'number' && !/^\d{1,15}$/.test(value[2]!))) return undefined;
      if (!set(spec, spec.type === 'number' ? Number(value[2]) : value[2])) return undefined;
    } else if (onOff) {
      const spec = specs.find((s) => s.alias === onOff[2] && s.type === 'boolean');
      if (!set(spec, onOff[1] === undefined)) return undefined;
    } else if (/^-[A-Za-z]+$/.test(arg)) {
      for (const letter of arg.slice(1)) if (!set(specs.find((s) => s.letter === letter && s.type === 'boolean'), true)) return undefined;
    } else return undefined;
  }
  return a;
}

export function parseCommandLine(program: Program, argv: string[]): ParsedCommandLine {
  const { args, entries: words } = preParse(argv, optionsOf(program));
  const a = plainOptions(program, args) ?? yargsOptions(program, args);
  if ((a._ as unknown[]).length > 0) throw new UsageError(`unexpected argument '${String((a._ as unknown[])[0])}'`);
  let entries: string[] | undefined;
  if (words.length > 0) {
    if (program === 'update_indexes') throw new UsageError(`unexpected argument '${words[0]}': update_indexes takes no names`);
    if (a.H) throw new UsageError('-H goes with the configured DirsToBackup, not with names on the command line: such a run covers only those names and cannot make other runs redundant');
    try {
      entries = joinPrefixWords(words);
    } catch (e) {
      throw new UsageError((e as Error).message.replace('DirsToBackup', 'the command line'));
    }
  }
  const str = (k: string): string | undefined => a[k] as string | undefined;
  const num = (k: string): number | undefined => a[k] as number | undefined;
  const flag = (k: string): boolean | undefined => a[k] as boolean | undefined;
  const level = num('Q') ?? 0;
  if (!Number.isInteger(level) || level < 0 || level >= FULL_LEVEL) throw new UsageError(`-Q ${String(a.Q)}: the level must be a whole number 0 to ${FULL_LEVEL - 1}`);
  const Z = num('Z');
  if (Z !== undefined && (!Number.isInteger(Z) || Z < MIN_ZSTD_LEVEL || Z > MAX_ZSTD_LEVEL)) throw new UsageError(`-Z ${Z}: the zstd level must be ${MIN_ZSTD_LEVEL} to ${MAX_ZSTD_LEVEL}`);
  const z = a.z as string[] | undefined;
  if (z !== undefined && (z.length !== 2 || !z[0] || !z[1])) throw new UsageError('-z needs two commands: -z CMD UNCMD');
  for (const k of ['N', 'O'] as const) {
    const v = num(k);
    if (v !== undefined && (!Number.isFinite(v) || v < 0 || (k === 'N' && !Number.isInteger(v)))) throw new UsageError(`-${k} ${v}: must be a number of at least 0`);
  }
  const X = str('X');
  if (X !== undefined && X.includes('/')) throw new UsageError(`-X '${X}': give the file name looked for in each directory, not a path`);
  let filesystemTypes: ClientConfig['filesystemTypes'] | undefined;
  if (str('f') !== undefined) {
    try {
      filesystemTypes = parseFilesystemTypes(splitList(str('f')!));
    } catch (e) {
      throw new UsageError(`-f: ${(e as Error).message}`);
    }
  }
  let M: ServerMessageConfig | undefined;
  if (str('M') !== undefined) {
    try {
      M = parseServerMessages(str('M')!);
    } catch (e) {
      throw new UsageError(`-M ${(e as Error).message}`);
    }
  }
  if (str('I') === '') throw new UsageError('-I needs a file name prefix, e.g. -I /var/lib/afbackup/backup_log.');
  if (str('progress-file') === '') throw new UsageError('--progress-file needs a file name');
  const cwd = process.cwd();
  const resolved = (k: string): string | undefined => (str(k) !== undefined ? path.resolve(cwd, str(k)!) : undefined);
  const apply = (c: ClientConfig): ClientConfig => {
    const out: ClientConfig = { ...c };
    const h = str('h');
    if (h !== undefined || str('P') !== undefined || str('S') !== undefined) {
      const hosts = h !== undefined ? splitList(h) : c.servers.map((s) => s.host);
      if (hosts.length === 0) throw new UsageError('-h needs at least one host');
      out.servers = serversOf(hosts, splitList(str('P') ?? ''), splitList(str('S') ?? ''), c.servers);
    }
    const set = <K extends keyof ClientConfig>(key: K, value: ClientConfig[K] | undefined): void => {
      if (value !== undefined) out[key] = value;
    };
    set('initProgram', str('b'));
    set('exitProgram', str('e'));
    set('startupInfoProgram', str('i'));
    set('clientIdentifier', str('W'));
    set('varDirectory', resolved('V'));
    set('encryptionKeyFile', resolved('k'));
    set('loggingFile', str('l') === '-' ? '-' : resolved('l'));
    if (a.y || str('progress-file') !== undefined) out.reportProgress = true;
    set('progressFile', resolved('progress-file'));
    set('numIndexesToStore', num('N'));
    set('daysToStoreIndexes', num('O'));
    set('rootDirectory', resolved('C'));
    set('dirsToSkip', str('D') !== undefined ? splitList(str('D')!) : undefined);
    set('filesToSkip', str('F') !== undefined ? splitList(str('F')!) : undefined);
    if (X !== undefined) {
      if (X === '') delete out.excludeListFile;
      else out.excludeListFile = X;
    }
    set('filesystemTypes', filesystemTypes);
    set('doNotProcess', str('s') !== undefined ? splitList(str('s')!) : undefined);
    if (z) out.process = { compress: z[0]!, uncompress: z[1]! };
    set('builtinCompressLevel', Z);
    set('processFiles', flag('process-files'));
    set('writeChecksums', flag('checksums'));
    set('processLogfiles', flag('compress-index'));
    set('indexFilePart', resolved('I'));
    if (a.E) out.useCTime = true;
    set('printServerMessages', M);
    if (str('V') !== undefined) out.placeholders = { ...c.placeholders, V: out.varDirectory };
    return out;
  };
  return {
    configFile: str('c') ?? DEFAULT_CONFIG,
    level,
    differential: program === 'incr_backup' && Boolean(a.a),
    dropLower: Boolean(a.H),
    verbose: Boolean(a.v),
    append: program === 'full_backup' && Boolean(a.a),
    detach: Boolean(a.d),
    newCartridge: Boolean(a.G),
    ...(entries ? { entries } : {}),
    apply,
  };
}
