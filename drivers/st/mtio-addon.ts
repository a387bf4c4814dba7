// Typed view of native/mtio.c (build/Release/mtio.node). Every call runs on the libuv thread
// pool and settles a promise; failures reject with an Error carrying .code (errno name) and
// .errno, like Node's fs errors.
import { loadAddon } from '../../native/load.js';

/** struct mtget as the kernel fills it, plus the fields the st driver packs into it, decoded. */
export interface MtGet {
  type: number;
  resid: number;
  dsreg: number;
  gstat: number;
  erreg: number;
  fileno: number;
  blkno: number;
  /** From dsreg: 0 = variable block mode. */
  blockSize: number;
  density: number;
  bot: boolean;
  eof: boolean;
  /** Past the early-warning point. */
  eot: boolean;
  eod: boolean;
  writeProtected: boolean;
  online: boolean;
  doorOpen: boolean;
}

/** The drive's READ BLOCK LIMITS answer. */
export interface BlockLimits {
  granularity: number;
  minBlock: number;
  maxBlock: number;
}

export type MtOpName =
  | 'MTFSF' | 'MTBSF' | 'MTFSFM' | 'MTBSFM' | 'MTFSR' | 'MTBSR' | 'MTWEOF' | 'MTWEOFI'
  | 'MTREW' | 'MTOFFL' | 'MTLOAD' | 'MTEOM' | 'MTSEEK' | 'MTSETBLK' | 'MTERASE' | 'MTNOP'
  | 'MTSETDRVBUFFER' | 'MTSETPART' | 'MTMKPART';

export interface MtioAddon {
  /** MTIOCTOP with the operation code from `ops`. */
  mtop(fd: number, op: number, count: number): Promise<void>;
  mtget(fd: number): Promise<MtGet>;
  /** MTIOCPOS: the logical block address. */
  mtpos(fd: number): Promise<number>;
  /** READ BLOCK LIMITS through SG_IO. */
  blockLimits(fd: number): Promise<BlockLimits>;
  /** The operation codes of this system's <sys/mtio.h>. */
  readonly ops: Readonly<Record<MtOpName, number>>;
  /** MTSETDRVBUFFER arguments (mt stsetoptions): an action ORed with option bits. */
  readonly drvBufferOptions: Readonly<Record<'MT_ST_SETBOOLEANS' | 'MT_ST_CLEARBOOLEANS' | 'MT_ST_CAN_PARTITIONS', number>>;
}

export function mtio(): MtioAddon {
  return loadAddon<MtioAddon>('mtio');
}
