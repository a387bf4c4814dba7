// The command line of full_backup and incr_backup: afbackup's letters, each overriding the
// client.conf parameter it names (CLIENT_OPTION_LETTERS). Usage errors are UsageError.
import path from 'node:path';
import { programArgs, UsageError } from '../../../protocol/config/command-line.js';
import { splitList } from '../../../protocol/config/config.js';
import { MAX_ZSTD_LEVEL, MIN_ZSTD_LEVEL } from '../../codec/spec.js';
import { DEFAULT_CARTRIDGE_SET, DEFAULT_PORT, type ClientConfig, type ServerUnit } from '../client-config.js';
import { FULL_LEVEL } from '../levels.js';

export { UsageError };

export const DEFAULT_CONFIG = '/etc/afbackup/client.conf';

export interface ParsedCommandLine {
  configFile: string;
  level: number;
  differential: boolean;
  dropLower: boolean;
  verbose: boolean;
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

/** Every option; `programs` limits one to some of them (default: full_backup and incr_backup). */
const OPTIONS: Record<string, OptionSpec & { programs?: Program[] }> = {
  c: { alias: 'config', type: 'string', describe: `client configuration file (default ${DEFAULT_CONFIG})`, programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  v: { alias: 'verbose', type: 'boolean', describe: 'print the statistics report (update_indexes: what was dropped)', programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  b: { alias: 'init-program', type: 'string', describe: 'InitProgram: run first; a non-zero exit aborts the backup' },
  e: { alias: 'exit-program', type: 'string', describe: 'ExitProgram: run at the end (%l filelist, %r report, %e exit status, %i restore info)' },
  i: { alias: 'startup-info-program', type: 'string', describe: 'StartupInfoProgram: gets the minimum restore information on its input' },
  h: { alias: 'hosts', type: 'string', describe: 'BackupHosts: servers, the first available one is used', programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  P: { alias: 'ports', type: 'string', describe: 'BackupPorts: ports, positional with the hosts', programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  S: { alias: 'cartridge-sets', type: 'string', describe: 'CartridgeSets: cartridge set per host' },
  W: { alias: 'client-id', type: 'string', describe: 'ClientIdentifier', programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  V: { alias: 'var-directory', type: 'string', describe: 'VarDirectory: filelist and state', programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  k: { alias: 'key-file', type: 'string', describe: 'EncryptionKeyFile: the key shared with the servers', programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  l: { alias: 'log-file', type: 'string', describe: 'LoggingFile (- for standard error)', programs: ['full_backup', 'incr_backup', 'update_indexes'] },
  y: { alias: 'progress', type: 'boolean', describe: 'ReportProgress: write VarDirectory/progress' },
  N: { alias: 'num-indexes', type: 'number', describe: 'NumIndexesToStore: keep the current and N older filelists' },
  O: { alias: 'days-indexes', type: 'number', describe: 'DaysToStoreIndexes: keep filelists written within this many days' },
  C: { alias: 'root-directory', type: 'string', describe: 'RootDirectory: names are saved relative to it' },
  D: { alias: 'dirs-to-skip', type: 'string', describe: 'DirsToSkip: patterns of directories not to save' },
  F: { alias: 'files-to-skip', type: 'string', describe: 'FilesToSkip: patterns of files not to save' },
  s: { alias: 'do-not-process', type: 'string', describe: 'DoNotProcess: patterns of files saved uncompressed' },
  z: { alias: 'process', type: 'string', array: true, nargs: 2, describe: 'CompressCmd UncompressCmd' },
  Z: { alias: 'builtin-level', type: 'number', describe: 'BuiltinCompressLevel (zstd)' },
  Q: { alias: 'level', type: 'number', describe: `level 0 to ${FULL_LEVEL - 1}: save what changed since the newest run of this or a higher level`, programs: ['incr_backup'] },
  a: { alias: 'differential', type: 'boolean', describe: 'differential: do not become the reference of later runs', programs: ['incr_backup'] },
  H: { alias: 'drop-lower', type: 'boolean', describe: 'drop the entries of lower-level runs since the reference and release their tapes', programs: ['incr_backup'] },
};

export function parseCommandLine(program: Program, argv: string[]): ParsedCommandLine {
  let y = programArgs(program, argv, `${program} [-c client.conf] [options]`)
    .parserConfiguration({ 'camel-case-expansion': false, 'unknown-options-as-args': false });
  for (const [letter, { programs, ...spec }] of Object.entries(OPTIONS)) {
    if ((programs ?? ['full_backup', 'incr_backup']).includes(program)) y = y.option(letter, spec);
  }
  const a = y.parseSync() as Record<string, unknown>;
  if ((a._ as unknown[]).length > 0) throw new UsageError(`unexpected argument '${String((a._ as unknown[])[0])}': what to save is configured with DirsToBackup in the client configuration`);
  const str = (k: string): string | undefined => a[k] as string | undefined;
  const num = (k: string): number | undefined => a[k] as number | undefined;
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
  const cwd = process.cwd();
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
    set('varDirectory', str('V') !== undefined ? path.resolve(cwd, str('V')!) : undefined);
    set('encryptionKeyFile', str('k') !== undefined ? path.resolve(cwd, str('k')!) : undefined);
    set('loggingFile', str('l') !== undefined ? (str('l') === '-' ? '-' : path.resolve(cwd, str('l')!)) : undefined);
    if (a.y) out.reportProgress = true;
    set('numIndexesToStore', num('N'));
    set('daysToStoreIndexes', num('O'));
    set('rootDirectory', str('C') !== undefined ? path.resolve(cwd, str('C')!) : undefined);
    set('dirsToSkip', str('D') !== undefined ? splitList(str('D')!) : undefined);
    set('filesToSkip', str('F') !== undefined ? splitList(str('F')!) : undefined);
    set('doNotProcess', str('s') !== undefined ? splitList(str('s')!) : undefined);
    if (z) out.process = { compress: z[0]!, uncompress: z[1]! };
    set('builtinCompressLevel', Z);
    if (str('V') !== undefined) out.placeholders = { ...c.placeholders, V: out.varDirectory };
    return out;
  };
  return { configFile: str('c') ?? DEFAULT_CONFIG, level, differential: Boolean(a.a), dropLower: Boolean(a.H), verbose: Boolean(a.v), apply };
}
