// The byte pipe an rmt session runs over: a spawned command's stdin/stdout (ssh host rmt, or a
// local rmt server) or a connected UNIX socket (a guest's virtio-serial port). The protocol layer
// (session.ts) only sees this interface; it knows nothing about processes or sockets.
//
// Reading is pull-based: the session asks for one reply line or for exactly n data bytes, and the
// stream is paused whenever more than HIGH_WATER bytes wait unread, so a server that floods the
// pipe cannot grow memory without bound.

import type { Readable, Writable } from 'node:stream';

const HIGH_WATER = 256 * 1024;

/** The pipe ended or was torn down; `message` says why (exit code, stderr, timeout...). */
export class TransportClosedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportClosedError';
  }
}

export interface RmtTransport {
  /** For messages: "command `ssh -T host /usr/sbin/rmt`", "socket /run/vm/rmt.sock". */
  readonly description: string;
  /** Why the pipe is unusable, or undefined while it works. */
  readonly closedReason: string | undefined;
  send(parts: readonly Uint8Array[]): Promise<void>;
  /** One line without its '\n'; rejects when none ends within maxLength bytes. */
  readLine(maxLength: number): Promise<string>;
  /** Fills target completely from the pipe. */
  readInto(target: Uint8Array): Promise<void>;
  /** True as soon as a byte is waiting, false when none came within ms. */
  waitReadable(ms: number): Promise<boolean>;
  /** Waits ms, then throws away everything received so far. */
  discardFor(ms: number): Promise<void>;
  /** Tears the pipe down at once (kills the command); pending and later calls reject with reason. */
  abort(reason: string): void;
  /** Ends the pipe politely (EOF to the server), waits for it to go, and kills it after graceMs. */
  close(graceMs: number): Promise<void>;
}

export abstract class StreamTransport implements RmtTransport {
  abstract readonly description: string;
  private reason: string | undefined;

  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private waiter: { resolve: () => void; reject: (e: Error) => void } | undefined;

  protected constructor(
    private readonly input: Readable,
    private readonly output: Writable,
  ) {
    input.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      if (this.buffered >= HIGH_WATER) input.pause();
      this.wake();
    });
    // A write to a server that already exited fails with EPIPE; the reply read then reports the
    // exit with its code and stderr, which says more than EPIPE.
    output.on('error', () => undefined);
  }

  get closedReason(): string | undefined {
    return this.reason;
  }

  /** Subclasses call this once the far end is gone for good. */
  protected markClosed(reason: string): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(new TransportClosedError(reason));
  }

  /** Settles once the far end is really gone (process reaped, socket closed). */
  protected abstract readonly gone: Promise<void>;

  /** Stops the far end immediately (SIGKILL, socket destroy). */
  protected abstract kill(): void;

  async send(parts: readonly Uint8Array[]): Promise<void> {
    for (const part of parts) {
      if (this.closedReason !== undefined) throw new TransportClosedError(this.closedReason);
      // A server that died closes this side first; the reply read then reports its exit status.
      if (this.output.destroyed) return;
      if (!this.output.write(part)) await this.drainedOrClosed();
    }
  }

  private drainedOrClosed(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.output.off('drain', done);
        this.output.off('close', done);
        resolve();
      };
      this.output.once('drain', done);
      this.output.once('close', done);
    });
  }

  async readLine(maxLength: number): Promise<string> {
    for (;;) {
      const end = this.indexOfNewline(maxLength + 1);
      if (end >= 0) {
        const line = Buffer.alloc(end);
        this.take(line);
        this.take(Buffer.alloc(1));
        return line.toString('latin1');
      }
      if (this.buffered > maxLength) {
        const head = Buffer.alloc(Math.min(this.buffered, 40));
        this.take(head);
        throw new GarbageError(`a reply line longer than ${maxLength} bytes (starting ${quote(head)})`);
      }
      await this.more();
    }
  }

  async readInto(target: Uint8Array): Promise<void> {
    let filled = 0;
    while (filled < target.length) {
      if (this.buffered === 0) await this.more();
      filled += this.take(target.subarray(filled));
    }
  }

  async waitReadable(ms: number): Promise<boolean> {
    if (this.buffered > 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const quiet = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(false);
      }, ms);
    });
    try {
      return await Promise.race([this.more().then(() => true), quiet]);
    } finally {
      clearTimeout(timer);
    }
  }

  async discardFor(ms: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.chunks.length = 0;
    this.buffered = 0;
    this.input.resume();
  }

  abort(reason: string): void {
    this.markClosed(reason);
    this.kill();
  }

  async close(graceMs: number): Promise<void> {
    if (this.closedReason === undefined) {
      this.output.end();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), graceMs);
      });
      const outcome = await Promise.race([this.gone, late]);
      clearTimeout(timer);
      if (outcome === 'late') this.abort(`${this.description} did not stop within ${graceMs} ms of EOF`);
    }
    await this.gone;
  }

  private indexOfNewline(limit: number): number {
    let offset = 0;
    for (const c of this.chunks) {
      const i = c.indexOf(0x0a);
      if (i >= 0) return offset + i < limit ? offset + i : -1;
      offset += c.length;
      if (offset >= limit) return -1;
    }
    return -1;
  }

  /** Moves up to target.length buffered bytes into target; returns how many. */
  private take(target: Uint8Array): number {
    let n = 0;
    while (n < target.length && this.chunks.length > 0) {
      const c = this.chunks[0]!;
      const k = Math.min(c.length, target.length - n);
      target.set(c.subarray(0, k), n);
      n += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    this.buffered -= n;
    return n;
  }

  private more(): Promise<void> {
    if (this.closedReason !== undefined) return Promise.reject(new TransportClosedError(this.closedReason));
    this.input.resume();
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.resolve();
  }
}

/** The server sent bytes that are not an rmt reply. */
export class GarbageError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'GarbageError';
  }
}

/** Printable form of raw reply bytes for an error message. */
export function quote(bytes: Uint8Array): string {
  return JSON.stringify(Buffer.from(bytes).toString('latin1'));
}
