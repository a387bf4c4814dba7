// A tape drive on another host, as a TapeDevice: each call is one rmt request against the remote
// st device, so st's semantics (a record per write, 0 at a filemark, ENOMEM losing a record,
// close writing a filemark) arrive unchanged. What rmt cannot carry is said so: there is no
// MTIOCPOS in the protocol, and READ BLOCK LIMITS is not asked, so limits() is this client's own.

import type { MtOp, TapeDevice, TapeLimits, TapeStatus } from '../tape/tape-device.js';
import { TapeError } from '../tape/tape-error.js';
import { decodeMtget } from './mtget.js';
import { RmtSession, type RmtDialect, type RmtSettle, type RmtTimeouts } from './session.js';
import type { RmtTransport } from './transport.js';

/** Linux MTIOCTOP opcodes (linux/mtio.h): rmt passes the server platform's numbers through. */
const MT_OPCODES: Readonly<Record<MtOp, number>> = {
  fsf: 1,
  bsf: 2,
  fsr: 3,
  bsr: 4,
  weof: 5,
  rewind: 6,
  offline: 7,
  nop: 8,
  bsfm: 10,
  fsfm: 11,
  eom: 12,
  erase: 13,
  setblk: 20,
  seek: 22,
  load: 30,
  weofi: 35,
};

/** Operations whose count is a value (block size, block address), not a repeat count. */
const VALUE_OPS: ReadonlySet<MtOp> = new Set<MtOp>(['setblk', 'seek']);

export type RmtOpenMode = 'read' | 'write';

/**
 * open(2) flags in the combined "decimal symbolic" form GNU tar sends. rmt-dump honours O_CREAT
 * only in symbolic form, GNU rmt prefers the symbolic part, and BSD servers read the number.
 * O_NONBLOCK keeps st from waiting two minutes on an empty drive; status() then shows doorOpen.
 */
export function openFlags(mode: RmtOpenMode): string {
  return mode === 'read' ? '2048 O_RDONLY|O_NONBLOCK' : '2114 O_RDWR|O_CREAT|O_NONBLOCK';
}

export interface RmtDriveConfig {
  name: string;
  device: string;
  mode: RmtOpenMode;
  dialect: RmtDialect | 'auto';
  timeouts: RmtTimeouts;
  /** Largest record read() asks for and write() sends. */
  maxRecordBytes: number;
  /** How long close() waits for the server to exit before killing it. */
  exitGraceMs: number;
  /** Given for transports that need settling before the first request (sockets). */
  settle?: RmtSettle;
  /** Starts a new transport: a new process, or a new socket connection. */
  connect: () => Promise<RmtTransport>;
}

export class RmtDrive implements TapeDevice {
  readonly name: string;
  private session: RmtSession | undefined;
  private knownDialect: RmtDialect | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly config: RmtDriveConfig) {
    this.name = config.name;
  }

  /** Connects, settles the dialect, and opens the device. */
  static async open(config: RmtDriveConfig): Promise<RmtDrive> {
    const drive = new RmtDrive(config);
    await drive.reopen();
    return drive;
  }

  /** The server's dialect, once known. */
  get dialect(): RmtDialect | undefined {
    return this.knownDialect;
  }

  limits(): TapeLimits {
    return { minBlock: 1, maxBlock: this.config.maxRecordBytes };
  }

  write(buf: Uint8Array): Promise<number> {
    return this.serial(async (s) => {
      this.checkRecordSize(buf.length, 'write');
      return s.write(buf);
    });
  }

  read(buf: Uint8Array): Promise<number> {
    return this.serial(async (s) => {
      this.checkRecordSize(buf.length, 'read');
      return s.read(buf);
    });
  }

  op(op: MtOp, count?: number): Promise<void> {
    return this.serial(async (s) => {
      const opcode = MT_OPCODES[op];
      if (opcode === undefined) throw new TapeError('EINVAL', this.name, `unknown tape operation ${String(op)}`);
      if (count === undefined && VALUE_OPS.has(op)) {
        throw new TapeError('EINVAL', this.name, `mt ${op} needs a count (${op === 'seek' ? 'block address' : 'block size'})`);
      }
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
        throw new TapeError('EINVAL', this.name, `mt ${op}: count ${n} is not an integer from 0 to 2^31-1`);
      }
      await s.ioctl(`mt ${op} ${n}`, opcode, n);
    });
  }

  status(): Promise<TapeStatus> {
    return this.serial(async (s) => {
      const raw = await s.status();
      const status = decodeMtget(raw);
      if (status === undefined) {
        throw new TapeError('EIO', this.name, `status: the server sent a ${raw.length}-byte struct mtget, expected 48 (64-bit) or 28 (32-bit)`);
      }
      return status;
    });
  }

  tell(): Promise<number> {
    return Promise.reject(
      new TapeError(
        'ENOSYS',
        this.name,
        'tell: the rmt protocol has no MTIOCPOS, so the block address of a remote drive cannot be read; ' +
          'use status() for file and block numbers, and op("seek", n) to go to a known address',
      ),
    );
  }

  /** Closes the remote device (st writes a filemark after a write) and ends the session. */
  close(): Promise<void> {
    return this.enqueue(async () => {
      const s = this.session;
      if (s === undefined) return;
      this.session = undefined;
      try {
        if (!s.failed) await s.close();
      } finally {
        // GNU rmt exits by itself after C; rmt-dump exits at EOF. Either way the process is reaped here.
        await s.transport.close(this.config.exitGraceMs);
      }
    });
  }

  /**
   * Opens the device again, optionally in another mode. On a live session this is one O request
   * (the server closes the previous descriptor first, like close() would); after close(), or after
   * the session died, a new transport is started: a respawned command, or a new socket connection.
   */
  reopen(mode: RmtOpenMode = this.config.mode): Promise<void> {
    return this.enqueue(async () => {
      let s = this.session;
      if (s !== undefined && s.failed) {
        await s.transport.close(this.config.exitGraceMs);
        s = this.session = undefined;
      }
      if (s === undefined) {
        const transport = await this.connect();
        try {
          s = await RmtSession.start(
            transport,
            this.knownDialect ?? this.config.dialect,
            this.config.timeouts,
            this.name,
            this.config.settle,
          );
        } catch (e) {
          transport.abort('the session could not be started');
          throw e;
        }
        this.knownDialect = s.dialect;
      }
      try {
        await s.open(this.config.device, openFlags(mode));
      } catch (e) {
        this.session = undefined;
        await s.transport.close(this.config.exitGraceMs);
        throw e;
      }
      this.session = s;
    });
  }

  private async connect(): Promise<RmtTransport> {
    try {
      return await this.config.connect();
    } catch (e) {
      throw new TapeError('EIO', this.name, `cannot reach the rmt server: ${(e as Error).message}`);
    }
  }

  private checkRecordSize(length: number, what: 'read' | 'write'): void {
    if (length === 0) throw new TapeError('EINVAL', this.name, `${what} with an empty buffer: a record has at least one byte`);
    if (length > this.config.maxRecordBytes) {
      throw new TapeError(
        'EINVAL',
        this.name,
        `${what} of ${length} bytes exceeds the largest record this rmt client handles (${this.config.maxRecordBytes}); raise maxRecordBytes`,
      );
    }
  }

  private serial<T>(fn: (s: RmtSession) => Promise<T>): Promise<T> {
    return this.enqueue(() => {
      const s = this.session;
      if (s === undefined) throw new TapeError('EINVAL', this.name, 'the drive is closed; reopen() it first');
      return fn(s);
    });
  }

  /** rmt is strictly request/reply, so calls run one after another whatever the caller does. */
  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
