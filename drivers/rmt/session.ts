// One rmt conversation: requests go out one at a time (no pipelining), each reply is read whole
// before the next request. Every reply wait has a deadline; when it passes, or the server dies, or
// it sends bytes that are not `A<n>\n` / `E<errno>\n<text>\n`, the transport is torn down and the
// caller gets TapeError EIO naming the remote command. The session is then dead: the tape position
// on the far side is unknown, so nothing is retried silently.
//
// Dialects. GNU rmt (rmt-tar) reads `S\n`; rmt-dump (and BSD rmt) reads a bare `S`, and a `\n` after
// it is an unknown command that makes rmt-dump exit, while a bare `S` leaves GNU waiting for its
// newline. The probe `SC\n` is safe for both: GNU takes `C` as an argument of S and answers
// `E22 Unexpected arguments`; rmt-dump answers S (`E9`, nothing is open yet), then runs `C\n`
// (another `E9`). Neither exits.

import { TapeError } from '../tape/tape-error.js';
import { remoteErrnoName, tapeErrnoFor } from './errno.js';
import { GarbageError, TransportClosedError, quote, type RmtTransport } from './transport.js';

export type RmtDialect = 'gnu' | 'dump';

export interface RmtTimeouts {
  /** Deadline for the reply to R, W, S and the dialect probe. */
  replyMs: number;
  /** Deadline for O, C and I: tape motion (rewind, space to EOD) can take minutes. */
  motionMs: number;
}

/**
 * For a pipe that may hold stale bytes or lose the first request: a guest's virtio-serial port
 * throws away whatever reaches it while its previous server is exiting, and the guest loop leaves
 * gaps between servers. Before the first request the session waits quietMs and drops what came,
 * sends the probe again every retryMs until something answers, then drops the extra answers.
 */
export interface RmtSettle {
  quietMs: number;
  retryMs: number;
}

type Reply = { ok: true; value: number } | { ok: false; errno: number; text: string };

const MAX_STATUS_BYTES = 4096;
const PROBE = Buffer.from('SC\n', 'latin1');
const EBADF = 9;
const EINVAL = 22;
const NOTHING_OPEN = '; the server has no device open (was it restarted?): reopen the drive, the tape position is unknown';

export class RmtSession {
  private deadReason: string | undefined;

  private constructor(
    readonly transport: RmtTransport,
    readonly dialect: RmtDialect,
    private readonly timeouts: RmtTimeouts,
    private readonly deviceName: string,
  ) {}

  /**
   * Starts a conversation on a fresh transport, probing the dialect when asked to, or always when
   * `settle` is given (see RmtSettle); a probed dialect that contradicts the requested one is EIO.
   */
  static async start(
    transport: RmtTransport,
    dialect: RmtDialect | 'auto',
    timeouts: RmtTimeouts,
    deviceName: string,
    settle?: RmtSettle,
  ): Promise<RmtSession> {
    if (dialect !== 'auto' && settle === undefined) return new RmtSession(transport, dialect, timeouts, deviceName);
    const probing = new RmtSession(transport, 'gnu', timeouts, deviceName);
    const found = await probing.probeDialect(settle);
    if (dialect !== 'auto' && dialect !== found) {
      transport.abort('dialect mismatch');
      throw new TapeError('EIO', deviceName, `${transport.description} speaks the ${found} rmt dialect, not ${dialect} as configured`);
    }
    return new RmtSession(transport, found, timeouts, deviceName);
  }

  /** True once the session cannot be used any more (see kill). */
  get failed(): boolean {
    return this.deadReason !== undefined;
  }

  private async probeDialect(settle?: RmtSettle): Promise<RmtDialect> {
    return this.exchange('the dialect probe', this.timeouts.replyMs, [], async () => {
      if (settle === undefined) {
        await this.transport.send([PROBE]);
      } else {
        await this.transport.discardFor(settle.quietMs);
        do await this.transport.send([PROBE]);
        while (!(await this.transport.waitReadable(settle.retryMs)));
      }
      const first = await this.readReply();
      let dialect: RmtDialect;
      if (!first.ok && first.errno === EINVAL) dialect = 'gnu';
      else if (!first.ok && first.errno === EBADF) dialect = 'dump';
      else {
        throw new GarbageError(
          `${describeReply(first)} to the probe \`SC\\n\`, which neither GNU rmt nor rmt-dump gives; ` +
            `pass dialect 'gnu' or 'dump' explicitly`,
        );
      }
      // Settling: answers to repeated probes (and rmt-dump's answer to C) are dropped with the rest.
      if (settle !== undefined) await this.transport.discardFor(settle.quietMs);
      else if (dialect === 'dump') await this.readReply();
      return dialect;
    });
  }

  async open(path: string, flags: string): Promise<void> {
    const what = `open of ${path} (flags ${flags})`;
    // A newline would end the path early and turn the rest into requests of its own.
    if (/[\n\0]/.test(path)) throw new TapeError('EINVAL', this.deviceName, `${what}: the path contains a newline or NUL`);
    await this.simple(what, this.timeouts.motionMs, [ascii(`O${path}\n${flags}\n`)], (r) =>
      r.errno === 2 ? `; check that ${path} exists on the remote host` : '',
    );
  }

  async close(): Promise<void> {
    await this.simple('close', this.timeouts.motionMs, [ascii('C\n')]);
  }

  async write(record: Uint8Array): Promise<number> {
    const what = `write of a ${record.length}-byte record`;
    const written = await this.simple(what, this.timeouts.replyMs, [ascii(`W${record.length}\n`), record]);
    if (written > record.length) throw this.kill(what, `the server claims ${written} bytes written`);
    return written;
  }

  /** One remote read() of up to target.length bytes; 0 is a filemark (or end of a plain file). */
  async read(target: Uint8Array): Promise<number> {
    const what = `read of up to ${target.length} bytes`;
    return this.exchange(what, this.timeouts.replyMs, [ascii(`R${target.length}\n`)], async () => {
      const n = this.valueOf(what, await this.readReply());
      if (n > target.length) throw new GarbageError(`a ${n}-byte answer to a ${target.length}-byte read`);
      await this.transport.readInto(target.subarray(0, n));
      return n;
    });
  }

  /** MTIOCTOP with the server's (Linux) opcode. */
  async ioctl(label: string, opcode: number, count: number): Promise<void> {
    await this.simple(label, this.timeouts.motionMs, [ascii(`I${opcode}\n${count}\n`)]);
  }

  /** MTIOCGET: the server's raw struct mtget. */
  async status(): Promise<Uint8Array> {
    const what = 'status';
    const request = this.dialect === 'gnu' ? 'S\n' : 'S';
    return this.exchange(what, this.timeouts.replyMs, [ascii(request)], async () => {
      const n = this.valueOf(what, await this.readReply());
      if (n > MAX_STATUS_BYTES) throw new GarbageError(`a ${n}-byte status`);
      const raw = new Uint8Array(n);
      await this.transport.readInto(raw);
      return raw;
    });
  }

  private async simple(
    what: string,
    timeoutMs: number,
    parts: readonly Uint8Array[],
    hint?: (r: { errno: number }) => string,
  ): Promise<number> {
    return this.exchange(what, timeoutMs, parts, async () => this.valueOf(what, await this.readReply(), hint));
  }

  private valueOf(what: string, reply: Reply, hint?: (r: { errno: number }) => string): number {
    if (reply.ok) return reply.value;
    const name = remoteErrnoName(reply.errno);
    const code = tapeErrnoFor(reply.errno);
    const remote = code === name ? '' : ` [remote ${name}]`;
    const text = reply.text === '' ? name : reply.text;
    const advice = hint?.(reply) ?? (reply.errno === EBADF ? NOTHING_OPEN : '');
    throw new TapeError(code, this.deviceName, `${what} failed: ${text}${remote}${advice}`);
  }

  /** Sends one request and runs `receive` under the deadline; any transport trouble kills the session. */
  private async exchange<T>(
    what: string,
    timeoutMs: number,
    parts: readonly Uint8Array[],
    receive: () => Promise<T>,
  ): Promise<T> {
    if (this.deadReason !== undefined) {
      throw new TapeError('EIO', this.deviceName, `${what} refused: the session ended earlier (${this.deadReason}); reopen the drive`);
    }
    const timer = setTimeout(() => {
      this.transport.abort(`${this.transport.description} sent no reply within ${timeoutMs} ms and was stopped`);
    }, timeoutMs);
    try {
      await this.transport.send(parts);
      return await receive();
    } catch (e) {
      if (e instanceof TransportClosedError) throw this.kill(what, e.message);
      if (e instanceof GarbageError) {
        throw this.kill(what, `${this.transport.description} sent ${e.message}, which is not the rmt protocol`);
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Marks the session dead, stops the transport and returns the error to throw. */
  private kill(what: string, why: string): TapeError {
    this.transport.abort(why);
    this.deadReason = why;
    return new TapeError(
      'EIO',
      this.deviceName,
      `${what} failed: ${why}; the remote tape position is unknown, reopen the drive to continue`,
    );
  }

  private async readReply(): Promise<Reply> {
    const line = await this.transport.readLine(32);
    const ok = /^A(\d{1,15})$/.exec(line);
    if (ok) return { ok: true, value: Number(ok[1]) };
    const err = /^E(\d{1,6})$/.exec(line);
    if (err) {
      const text = await this.transport.readLine(1024);
      return { ok: false, errno: Number(err[1]), text: text.trim() };
    }
    throw new GarbageError(`the reply ${quote(Buffer.from(line, 'latin1'))}`);
  }
}

function describeReply(r: Reply): string {
  return r.ok ? `A${r.value}` : `E${r.errno} (${r.text})`;
}

function ascii(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}
