// Reads client.conf into the settings full_backup, incr_backup, afrestore and update_indexes
// work with: servers as (host, port, cartridge set) units, paths resolved, parts split out.
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfigFile, splitList } from '../../protocol/config/config.js';
import { clientSchema, MAX_BACKUP_PARTS, type ClientParameter } from './client-schema.js';
import { joinPrefixWords } from './run/backup-entries.js';

export const DEFAULT_PORT = 2988;
export const DEFAULT_CARTRIDGE_SET = 1;

/** A "storage unit": the first one that answers is used for a backup. */
export interface ServerUnit {
  host: string;
  port: number;
  cartridgeSet: number;
}

/** One FilesystemTypes word: `t`/`+t` only these types, `-t` skip but descend, `/t` prune. */
export interface FilesystemRule {
  type: string;
  mode: 'only' | 'skip' | 'prune';
}

/** PrintServerMessages (-M): for which programs server messages are shown, and where they are asked. */
export interface ServerMessageConfig {
  /** Letters of afbackup's form: b backup, r restore, v verify, c copy_tape. */
  programs: string;
  /** Single-stream port to ask, positional with the servers; missing: the server's own port. */
  ports: number[];
}

export interface ClientConfig {
  file: string;
  servers: ServerUnit[];
  rootDirectory: string;
  /** Everything to save (DirsToBackup, or with parts the union of DirsToBackup1..N): what incrementals cover. */
  dirsToBackup: string[];
  /** parts[i] = what part i+1 of a full backup saves; one element without parts. */
  parts: string[][];
  filesToSkip: string[];
  dirsToSkip: string[];
  excludeListFile?: string;
  filesystemTypes: FilesystemRule[];
  process?: { compress: string; uncompress: string };
  builtinCompressLevel?: number;
  doNotProcess: string[];
  useCTime: boolean;
  varDirectory: string;
  numIndexesToStore: number;
  daysToStoreIndexes?: number;
  encryptionKeyFile?: string;
  clientIdentifier: string;
  startupInfoProgram?: string;
  initProgram?: string;
  exitProgram?: string;
  /** A file, or '-' for standard error. */
  loggingFile?: string;
  reportProgress: boolean;
  /** Where ReportProgress writes (default VarDirectory/progress). */
  progressFile?: string;
  /** ProcessBackupedFiles (+B/-B): compress file contents (CompressCmd or built-in); false stores them as they are. */
  processFiles: boolean;
  /** WriteChecksums (+x/-x): asked for no checksums, which this format cannot leave out (the run says so). */
  writeChecksums: boolean;
  /** IndexFilePart (-I): also keep afbackup's text index, one file per full backup number, named this prefix + the number. */
  indexFilePart?: string;
  /** ProcessLogfiles (+L/-L): the text index files and the filelist copies on tape are zstd-compressed. */
  processLogfiles: boolean;
  printServerMessages?: ServerMessageConfig;
  /** %V and %C of this configuration, for expanding the program commands (with %l %r %e %i). */
  placeholders: { V: string; C: string };
}

// %V in a path means the configured VarDirectory, known only after parsing: the parser puts
// this marker in and it is replaced once VarDirectory is resolved.
const VAR_MARK = '\u0000VarDirectory\u0000';

function parseServers(hosts: string[], ports: string[], sets: string[]): ServerUnit[] {
  if (hosts.length === 0) throw new Error('BackupHosts is empty: name at least one server');
  if (ports.length > hosts.length) throw new Error(`BackupPorts has ${ports.length} ports for ${hosts.length} BackupHosts; give one port per host, in the same order`);
  if (sets.length > hosts.length) throw new Error(`CartridgeSets has ${sets.length} sets for ${hosts.length} BackupHosts; give one set per host, in the same order`);
  const number = (text: string | undefined, fallback: number, what: string, max: number): number => {
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) throw new Error(`${what} '${text}' is not a number 1-${max}`);
    return Number(text);
  };
  return hosts.map((host, i) => ({
    host,
    port: number(ports[i], DEFAULT_PORT, 'BackupPorts: port', 65535),
    cartridgeSet: number(sets[i], DEFAULT_CARTRIDGE_SET, 'CartridgeSets: set', 2 ** 31 - 1),
  }));
}

export function parseFilesystemTypes(words: string[]): FilesystemRule[] {
  return words.map((w) => {
    const m = /^([-+/]?)([A-Za-z0-9_.-]+)$/.exec(w);
    if (!m) throw new Error(`'${w}' is not a filesystem type rule (t or +t: only this type, -t: skip but descend, /t: prune)`);
    return { type: m[2]!, mode: m[1] === '-' ? 'skip' : m[1] === '/' ? 'prune' : 'only' };
  });
}

/** PrintServerMessages / -M: afbackup's letters (b r v c), then optionally one port per server. */
export function parseServerMessages(text: string): ServerMessageConfig {
  const [programs, ...ports] = splitList(text);
  if (programs === undefined || !/^[brvc]+$/.test(programs)) {
    throw new Error(`'${text}': start with the letters of the programs that show server messages (b backup, r restore, v verify, c copy_tape), then optionally the ports to ask`);
  }
  return {
    programs,
    ports: ports.map((p) => {
      if (!/^\d+$/.test(p) || Number(p) < 1 || Number(p) > 65535) throw new Error(`'${p}' is not a port number 1-65535`);
      return Number(p);
    }),
  };
}

function partLists(values: Record<string, unknown>, numParts: number, plain: string[]): { parts: string[][]; problems: { name: string; message: string }[] } {
  const problems: { name: string; message: string }[] = [];
  const listOf = (n: number): string[] | undefined => values[`DirsToBackup${n}`] as string[] | undefined;
  if (numParts === 1) {
    for (let n = 1; n <= MAX_BACKUP_PARTS; n++) {
      if (listOf(n) !== undefined) problems.push({ name: `DirsToBackup${n}`, message: `DirsToBackup${n} is set but NumBackupParts is 1; set NumBackupParts or use DirsToBackup` });
    }
    return { parts: [plain], problems };
  }
  const parts: string[][] = [];
  for (let n = 1; n <= MAX_BACKUP_PARTS; n++) {
    const list = listOf(n);
    if (n <= numParts) {
      if (list === undefined || list.length === 0) problems.push({ name: 'NumBackupParts', message: `NumBackupParts is ${numParts} but DirsToBackup${n} is not set; set DirsToBackup1 to DirsToBackup${numParts}` });
      parts.push(list ?? []);
    } else if (list !== undefined) {
      problems.push({ name: `DirsToBackup${n}`, message: `DirsToBackup${n} is set but NumBackupParts is ${numParts}; raise NumBackupParts or remove it` });
    }
  }
  if (plain.length > 0) problems.push({ name: 'DirsToBackup', message: `DirsToBackup is not used when NumBackupParts is ${numParts}; move its entries into DirsToBackup1 to DirsToBackup${numParts}` });
  return { parts, problems };
}

/** Loads and checks client.conf; every problem is a ConfigError line naming the file and line. */
export async function loadClientConfig(file: string): Promise<ClientConfig> {
  const absolute = path.resolve(file);
  const baseDir = path.dirname(absolute);
  const varDefault = path.join(baseDir, 'var');
  const parsed = await loadConfigFile(absolute, clientSchema, { patterns: { C: baseDir, V: VAR_MARK } });
  const v = parsed.values;
  const lines = parsed.lines as Partial<Record<string, number>>;
  const where = (name: string): string => `${absolute}${lines[name] ? `:${lines[name]}` : ''}`;
  const problems: string[] = [];
  const attempt = <T>(name: ClientParameter, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      problems.push(`${where(name)}: ${(e as Error).message}`);
      return undefined;
    }
  };
  const servers = attempt('BackupHosts', () => parseServers(v.BackupHosts, v.BackupPorts, v.CartridgeSets));
  const filesystemTypes = attempt('FilesystemTypes', () => parseFilesystemTypes(v.FilesystemTypes));
  const printServerMessages = v.PrintServerMessages === undefined ? undefined : attempt('PrintServerMessages', () => parseServerMessages(v.PrintServerMessages!));
  const { parts: wordLists, problems: partProblems } = partLists(v as Record<string, unknown>, v.NumBackupParts, v.DirsToBackup);
  for (const p of partProblems) problems.push(`${where(p.name)}: ${p.message}`);
  // Prefix words (-m, -r, -R) joined to their names first: the union of the parts below must
  // not merge two entries' '-m' into one.
  const parts = wordLists.map((words, i) => {
    try {
      return joinPrefixWords(words);
    } catch (e) {
      problems.push(`${where(wordLists.length === 1 ? 'DirsToBackup' : `DirsToBackup${i + 1}`)}: ${(e as Error).message}`);
      return [];
    }
  });
  if ((v.CompressCmd === undefined) !== (v.UncompressCmd === undefined)) {
    problems.push(`${where(v.CompressCmd === undefined ? 'UncompressCmd' : 'CompressCmd')}: CompressCmd and UncompressCmd go together; set both or neither`);
  }
  if (v.VarDirectory?.includes(VAR_MARK)) problems.push(`${where('VarDirectory')}: VarDirectory cannot contain %V (itself); use %C or a path`);
  if (problems.length > 0) throw new ConfigError(problems);
  const varDirectory = path.resolve(baseDir, v.VarDirectory ?? varDefault);
  const resolve = (p: string): string => path.resolve(baseDir, p.replaceAll(VAR_MARK, varDirectory));
  return {
    file: absolute,
    servers: servers!,
    rootDirectory: resolve(v.RootDirectory),
    dirsToBackup: [...new Set(parts.flat())],
    parts,
    filesToSkip: v.FilesToSkip,
    dirsToSkip: v.DirsToSkip,
    ...(v.ExcludeListFile ? { excludeListFile: v.ExcludeListFile } : {}),
    filesystemTypes: filesystemTypes!,
    ...(v.CompressCmd !== undefined && v.UncompressCmd !== undefined ? { process: { compress: v.CompressCmd, uncompress: v.UncompressCmd } } : {}),
    ...(v.BuiltinCompressLevel !== undefined ? { builtinCompressLevel: v.BuiltinCompressLevel } : {}),
    doNotProcess: v.DoNotProcess,
    useCTime: v.UseCTime,
    varDirectory,
    numIndexesToStore: v.NumIndexesToStore,
    ...(v.DaysToStoreIndexes !== undefined ? { daysToStoreIndexes: v.DaysToStoreIndexes } : {}),
    ...(v.EncryptionKeyFile ? { encryptionKeyFile: resolve(v.EncryptionKeyFile) } : {}),
    clientIdentifier: v.ClientIdentifier ?? os.hostname(),
    ...(v.StartupInfoProgram ? { startupInfoProgram: v.StartupInfoProgram } : {}),
    ...(v.InitProgram ? { initProgram: v.InitProgram } : {}),
    ...(v.ExitProgram ? { exitProgram: v.ExitProgram } : {}),
    ...(v.LoggingFile ? { loggingFile: v.LoggingFile === '-' ? '-' : resolve(v.LoggingFile) } : {}),
    reportProgress: v.ReportProgress,
    processFiles: v.ProcessBackupedFiles,
    writeChecksums: v.WriteChecksums,
    ...(v.IndexFilePart ? { indexFilePart: resolve(v.IndexFilePart) } : {}),
    processLogfiles: v.ProcessLogfiles,
    ...(printServerMessages ? { printServerMessages } : {}),
    placeholders: { V: varDirectory, C: baseDir },
  };
}
