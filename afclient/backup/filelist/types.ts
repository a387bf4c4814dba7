// The records the filelist stores and returns. Times are nanoseconds since the epoch (bigint),
// names raw bytes, positions where an entry's record starts on tape.
import type { EntryType } from '../../../protocol/archive/entry.js';

/** afbackup's level of a full backup (MAXINT); incrementals are 0 .. FULL_LEVEL-1. */
export const FULL_LEVEL = 2147483647;

export type RunState = 'running' | 'complete' | 'failed';

/** What the filesystem showed of an entry: what change detection compares. */
export interface FileState {
  type: EntryType;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  inode: bigint;
  dev: bigint;
  /**
   * mtime or ctime was within the timestamp granularity of its run's start, so a change in
   * that same tick after it was read would be invisible: the next run saves it again.
   */
  unstable?: boolean;
}

/** Where an entry's record starts. */
export interface TapePosition {
  cartridge: number;
  tapeFile: number;
  /** Block number within the tape file (0 = first block). */
  block: number;
  /** Byte offset of the record within that block. */
  blockOffset: number;
  /** Byte offset of the record in the run's archive stream. */
  streamOffset: bigint;
}

export interface FilelistEntry extends FileState, TapePosition {
  name: Buffer;
  uid: number;
}

export interface RunInfo {
  id: number;
  /** The full-backup counter this run belongs to (afbackup's `num`). */
  fullNumber: number;
  part: number;
  parts: number;
  level: number;
  differential: boolean;
  startNs: bigint;
  endNs?: bigint;
  state: RunState;
  serverHost: string;
  serverPort: number;
  clientId: string;
  first?: { cartridge: number; tapeFile: number };
  last?: { cartridge: number; tapeFile: number };
  entryCount: number;
  byteCount: bigint;
  minInfo?: string;
  /** The DirsToBackup entries this run was configured with (new ones are saved in full next time). */
  dirsToBackup: string[];
}

export interface NewRun {
  fullNumber: number;
  part?: number;
  parts?: number;
  level: number;
  differential?: boolean;
  startNs: bigint;
  serverHost: string;
  serverPort: number;
  clientId: string;
  dirsToBackup?: string[];
}

export interface RunResult {
  state: 'complete' | 'failed';
  endNs: bigint;
  first?: { cartridge: number; tapeFile: number };
  last?: { cartridge: number; tapeFile: number };
  minInfo?: string;
}

/** One saved version of a name, as queries return it. */
export interface FileVersion extends FilelistEntry {
  runId: number;
  fullNumber: number;
  level: number;
  /** Start of the run that saved it: the "backup time" of afrestore's `%` windows. */
  backupNs: bigint;
  serverHost: string;
  serverPort: number;
}

export interface StorageUnitCartridges {
  host: string;
  port: number;
  cartridges: number[];
}
