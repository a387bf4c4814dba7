// The parameters of client.conf with afbackup's names (man afclient.conf), so an administrator
// who knows afbackup finds them where they would look. loadClientConfig (client-config.ts)
// turns the raw values into a resolved ClientConfig.
import { defineSchema, type ParamSpec } from '../../protocol/config/config.js';
import { MAX_ZSTD_LEVEL, MIN_ZSTD_LEVEL } from '../codec/spec.js';

/** DirsToBackup1 .. DirsToBackupN are declared up to this many parts. */
export const MAX_BACKUP_PARTS = 32;

/** Patterns never compressed: already compressed formats (afbackup's default list). */
export const DEFAULT_DO_NOT_PROCESS = ['*.gz', '*.bz2', '*.[Zz]', '*.zip', '*.jpg', '*.jpeg', '*.mpg', '*.mpeg', '*.rpm', '*.deb', '*.xz', '*.zst', '*.png', '*.mp4'];

/**
 * Filesystems pruned by default: afbackup's list plus the kernel's other pseudo filesystems,
 * whose contents are generated at runtime and cannot be restored.
 */
export const DEFAULT_FILESYSTEM_TYPES = ['/autofs', '/proc', '/devpts', '/usbdevfs', '/sysfs', '/tmpfs', '/cgroup', '/cgroup2', '/debugfs', '/tracefs', '/securityfs', '/pstore', '/bpf', '/configfs', '/fusectl', '/mqueue', '/hugetlbfs', '/binfmt_misc'];

function partParameters(): Record<string, ParamSpec<'list'>> {
  const out: Record<string, ParamSpec<'list'>> = {};
  for (let n = 1; n <= MAX_BACKUP_PARTS; n++) out[`DirsToBackup${n}`] = { type: 'list' };
  return out;
}

export const clientSchema = defineSchema({
  BackupHosts: { type: 'list', aliases: ['BackupHost'], default: ['backuphost'] },
  BackupPorts: { type: 'list', aliases: ['BackupPort'], default: [] },
  CartridgeSets: { type: 'list', aliases: ['CartridgeSet'], default: [] },
  RootDirectory: { type: 'path', default: '/' },
  DirsToBackup: { type: 'list', aliases: ['FilesToBackup'], default: [] },
  NumBackupParts: { type: 'int', aliases: ['NumberOfBackupParts'], default: 1, min: 1, max: MAX_BACKUP_PARTS },
  FilesToSkip: { type: 'list', default: [] },
  DirsToSkip: { type: 'list', default: [] },
  ExcludeListFile: { type: 'string', aliases: ['ExcludeListFileName'] },
  FilesystemTypes: { type: 'list', default: DEFAULT_FILESYSTEM_TYPES },
  CompressCmd: { type: 'string', aliases: ['ProcessCmd', 'CompressCommand', 'ProcessCommand'] },
  UncompressCmd: { type: 'string', aliases: ['UnprocessCmd', 'UncompressCommand', 'UnprocessCommand'] },
  BuiltinCompressLevel: { type: 'int', aliases: ['BuiltInCompressLevel', 'BuiltinCompressionLevel'], min: MIN_ZSTD_LEVEL, max: MAX_ZSTD_LEVEL },
  DoNotProcess: { type: 'list', aliases: ['DoNotCompress'], default: DEFAULT_DO_NOT_PROCESS },
  ProcessBackupedFiles: { type: 'bool', default: true },
  WriteChecksums: { type: 'bool', default: true },
  IndexFilePart: { type: 'path' },
  ProcessLogfiles: { type: 'bool', default: true },
  PrintServerMessages: { type: 'string' },
  UseCTime: { type: 'bool', default: false },
  VarDirectory: { type: 'path' },
  NumIndexesToStore: { type: 'int', default: 5, min: 0 },
  DaysToStoreIndexes: { type: 'float', min: 0 },
  EncryptionKeyFile: { type: 'path' },
  ClientIdentifier: { type: 'string' },
  StartupInfoProgram: { type: 'string' },
  InitProgram: { type: 'string' },
  ExitProgram: { type: 'string' },
  LoggingFile: { type: 'path', aliases: ['LogFile'] },
  ReportProgress: { type: 'bool', default: false },
  ...partParameters(),
});

export type ClientParameter = keyof typeof clientSchema;

/**
 * afbackup's command-line letters of full_backup/incr_backup/afrestore that override a
 * parameter, for the programs' option parsers and their error messages.
 */
export const CLIENT_OPTION_LETTERS: Partial<Record<ClientParameter, string>> = {
  BackupHosts: 'h',
  BackupPorts: 'P',
  CartridgeSets: 'S',
  RootDirectory: 'C',
  FilesToSkip: 'F',
  DirsToSkip: 'D',
  ExcludeListFile: 'X',
  FilesystemTypes: 'f',
  CompressCmd: 'z',
  UncompressCmd: 'z',
  BuiltinCompressLevel: 'Z',
  DoNotProcess: 's',
  ProcessBackupedFiles: 'B',
  WriteChecksums: 'x',
  IndexFilePart: 'I',
  ProcessLogfiles: 'L',
  PrintServerMessages: 'M',
  UseCTime: 'E',
  VarDirectory: 'V',
  NumIndexesToStore: 'N',
  DaysToStoreIndexes: 'O',
  EncryptionKeyFile: 'k',
  ClientIdentifier: 'W',
  StartupInfoProgram: 'i',
  InitProgram: 'b',
  ExitProgram: 'e',
  LoggingFile: 'l',
  ReportProgress: 'y',
};
