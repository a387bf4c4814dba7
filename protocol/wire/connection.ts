// One protocol connection over a TCP or TLS socket: frames in, frames out, and the sequencing
// rules of PROTOCOL.md. Reading is pull-based (read() hands out one inbound item at a time) so
// that a slow consumer stops the socket: when more than `highWaterMark` bytes wait unread, the
// socket is paused and TCP flow control reaches the sender. A data stream's consumer may instead
// take the bytes as they arrive (setDataSink): DATA then goes from the socket's read straight
// into the consumer's memory, and reading stops while the consumer has no room. Writes resolve
// once the socket holds none of the bytes (they await 'drain' or the write itself), so the
// caller may reuse its buffer; payloads are handed to the socket as they are, never copied.
//
// A connection made by Connection.accept() reads into a buffer lent for the duration of one
// read (large-reads.ts): whatever it keeps beyond that (control messages, data no sink took) is
// copied.
//
// A peer that breaks the framing loses its connection, and only its connection: the reason is
// logged, sent to the peer in a Fatal message when possible, and every pending or later read()
// rejects with the ProtocolError.

import type net from 'node:net';
import { afwire } from './generated/wire.js';
import { DEFAULT_FRAME_LIMITS, FRAME_HEADER_SIZE, Frame, FrameDecoder, FrameEncoder, FrameLimits, FrameType, frameTypeName } from './frame.js';
import { ProtocolError } from './protocol-error.js';
import { DecodedEnvelope, decodeEnvelope } from './codec.js';
import type { WireLogger } from './logger.js';
import { withLargeReads } from './large-reads.js';

export type Inbound =
  | { kind: 'control'; envelope: DecodedEnvelope }
  | { kind: 'data'; chunk: Buffer }
  | { kind: 'end'; end: afwire.DataEnd };

/** Unread inbound bytes above which a connection stops reading, unless its options say otherwise. */
export const DEFAULT_HIGH_WATER_MARK = 1024 * 1024;

export interface ConnectionOptions {
  limits?: FrameLimits;
  logger: WireLogger;
  /** Unread inbound bytes above which the socket is paused (default DEFAULT_HIGH_WATER_MARK). */
  highWaterMark?: number;
}

/** Takes a data stream's bytes as they arrive (Connection.setDataSink). */
export interface DataSink {
  /**
   * Copies as much of `chunk` as it has room for now, synchronously (the bytes may be reused
   * once it returns), and returns how many it took. Fewer than offered stops reading until the
   * consumer has caught up: a sink that wants the peer's bytes read ahead (to see it leave, say)
   * holds that read-ahead itself.
   */
  take(chunk: Buffer): number;
}

/** True when the envelope is followed by a data stream from the same sender. */
export function announcesData(env: afwire.IEnvelope | DecodedEnvelope): boolean {
  return Boolean(env.request?.dataFollows) || Boolean(env.response?.dataFollows);
}

const CLOSE_LINGER_MS = 2000;

/** Marks the sockets of Connection.accept(), which lend their reads. */
const LENT = Symbol('lent reads');

export class Connection {
  readonly socket: net.Socket;
  /** "address:port" of the peer, for logs. */
  readonly peer: string;
  readonly peerAddress: string;
  private readonly logger: WireLogger;
  private readonly decoder: FrameDecoder;
  private readonly encoder: FrameEncoder;
  private readonly highWaterMark: number;
  private readonly queue: { item: Inbound; size: number }[] = [];
  private queuedBytes = 0;
  private waiter: { resolve: (i: Inbound) => void; reject: (e: Error) => void } | undefined;
  private failure: ProtocolError | undefined;
  private inboundData = false;
  private outboundData = false;
  private lock: Promise<void> = Promise.resolve();
  private closedPromise: Promise<void>;
  private sink: DataSink | undefined;
  /** Reading stopped: too much unread, or the sink is full. */
  private stopped = false;
  /**
   * The sink refused bytes: reading stops, and resumes only when the queue is read empty (the
   * consumer caught up and waits with its sink again), not as soon as it is below the mark,
   * which would only queue (and copy) what the sink would take straight from the read.
   */
  private sinkRefused = false;
  /** The socket lends each read (Connection.accept): what is kept must be copied. */
  private readonly lent: boolean;

  /**
   * A connection on a socket a server created with `pauseOnConnect` accepted: plain TCP sockets
   * read in large reads (large-reads.ts), others as they are.
   */
  static accept(accepted: net.Socket, options: ConnectionOptions): Connection {
    let conn: Connection | undefined;
    const socket = withLargeReads(accepted, (chunk) => conn!.onLentBytes(chunk));
    if (!socket) {
      accepted.resume();
      return new Connection(accepted, options);
    }
    conn = new Connection(socket, options, LENT);
    return conn;
  }

  /** `lent` (Connection.accept() only): `socket` calls onLentBytes() instead of emitting 'data'. */
  constructor(socket: net.Socket, options: ConnectionOptions, lent?: typeof LENT) {
    this.socket = socket;
    this.lent = lent === LENT;
    this.logger = options.logger;
    const limits = options.limits ?? DEFAULT_FRAME_LIMITS;
    this.decoder = new FrameDecoder(limits);
    this.encoder = new FrameEncoder(limits);
    this.highWaterMark = options.highWaterMark ?? DEFAULT_HIGH_WATER_MARK;
    this.peerAddress = socket.remoteAddress ?? 'unknown';
    this.peer = `${this.peerAddress}:${socket.remotePort ?? '?'}`;
    this.closedPromise = new Promise((resolve) => socket.once('close', () => resolve()));
    if (!this.lent) socket.on('data', (chunk: Buffer) => this.onBytes(chunk));
    socket.on('end', () => this.fail(new ProtocolError('CONNECTION_CLOSED', `${this.peer} closed the connection`)));
    socket.on('error', (e: Error) => this.fail(new ProtocolError('CONNECTION_CLOSED', `connection to ${this.peer} failed: ${e.message}`)));
    socket.on('close', () => this.fail(new ProtocolError('CONNECTION_CLOSED', `connection to ${this.peer} closed`)));
  }

  get closed(): boolean {
    return this.socket.destroyed;
  }

  /** Resolves when the socket is closed, whatever the reason. */
  whenClosed(): Promise<void> {
    return this.closedPromise;
  }

  /** Bytes received but not yet handed out by read(), plus the decoder's partial frame. */
  get bufferedBytes(): number {
    return this.queuedBytes + this.decoder.buffered;
  }

  /** The next inbound item, in arrival order. Rejects with ProtocolError once the connection failed or closed. */
  read(): Promise<Inbound> {
    const next = this.queue.shift();
    if (next) {
      this.queuedBytes -= next.size;
      // the consumer now has an item to deal with: later bytes must not overtake it
      this.sink = undefined;
      // After the stream's end no sink will wait again: reading must go on, or a peer that
      // leaves while its stream waits for the drive would not be seen leaving.
      if (next.item.kind !== 'data') this.sinkRefused = false;
      if (!this.sinkRefused) this.resumeBelowHighWater();
      return Promise.resolve(next.item);
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiter) return Promise.reject(new ProtocolError('BAD_ARGUMENT', 'Connection.read() called while another read is pending'));
    this.sinkRefused = false;
    this.resumeBelowHighWater();
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  /**
   * While set, DATA that arrives with nothing unread ahead of it goes to `sink` instead of the
   * queue. What the sink does not take is queued (read() hands it out as usual), and reading
   * stops until the queue has been read empty. Set it only while waiting in read() for the next
   * item of an open inbound data stream, so that the bytes keep their order; it is unset when
   * read() hands out an item.
   */
  setDataSink(sink: DataSink | undefined): void {
    this.sink = sink;
  }

  /**
   * Runs `fn` with the outbound side to itself: control messages of other callers wait until a
   * data stream sent inside `fn` is closed. Every send below goes through here.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn);
    this.lock = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Sends one control message (not inside exclusive(): takes the outbound side itself). */
  sendControl(env: afwire.IEnvelope): Promise<void> {
    return this.exclusive(() => this.writeControl(env));
  }

  /** For use inside exclusive(): a control message, opening the outbound data stream when it announces one. */
  async writeControl(env: afwire.IEnvelope): Promise<void> {
    if (this.outboundData) throw new ProtocolError('BAD_ARGUMENT', 'a control message cannot be sent inside an open data stream');
    const payload = afwire.Envelope.encode(env).finish();
    await this.writeFrames(this.encoder.encode(FrameType.CONTROL, payload));
    if (announcesData(env)) this.outboundData = true;
  }

  /** For use inside exclusive(), after a control message that announced data. */
  async writeData(chunk: Uint8Array): Promise<void> {
    if (!this.outboundData) throw new ProtocolError('BAD_ARGUMENT', 'DATA without an announcing control message');
    if (chunk.byteLength === 0) return;
    await this.writeFrames(this.encoder.encode(FrameType.DATA, chunk));
  }

  /** For use inside exclusive(): closes the outbound data stream. */
  async writeDataEnd(end: afwire.IDataEnd): Promise<void> {
    if (!this.outboundData) throw new ProtocolError('BAD_ARGUMENT', 'DATA_END without an open data stream');
    this.outboundData = false;
    await this.writeFrames(this.encoder.encode(FrameType.DATA_END, afwire.DataEnd.encode(end).finish()));
  }

  /**
   * Tells the peer why, then closes. Sent past the outbound lock on purpose: whatever else is
   * being sent is abandoned anyway.
   */
  async closeWithFatal(status: afwire.Status, message: string): Promise<void> {
    if (!this.socket.destroyed && this.socket.writable) {
      const payload = afwire.Envelope.encode({ fatal: { status, message } }).finish();
      for (const b of this.encoder.encode(FrameType.CONTROL, payload)) this.socket.write(b);
    }
    await this.close();
  }

  /** Half-closes after the queued output; destroys the socket if the peer does not close in time. */
  async close(): Promise<void> {
    if (!this.socket.destroyed) {
      this.socket.end();
      const timer = setTimeout(() => this.socket.destroy(), CLOSE_LINGER_MS);
      timer.unref();
      this.resumeReading(); // read the peer's FIN even when paused by backpressure
      await this.closedPromise;
      clearTimeout(timer);
    }
  }

  destroy(): void {
    this.socket.destroy();
  }

  private writeFrames(bufs: Buffer[]): Promise<void> {
    if (this.failure && this.socket.destroyed) return Promise.reject(this.failure);
    if (this.socket.destroyed || !this.socket.writable) {
      return Promise.reject(new ProtocolError('CONNECTION_CLOSED', `connection to ${this.peer} is closed`));
    }
    this.socket.cork();
    let ok = true;
    let written: Promise<void> | undefined;
    for (let i = 0; i < bufs.length; i++) {
      if (i < bufs.length - 1) ok = this.socket.write(bufs[i]!);
      else written = new Promise((resolve) => (ok = this.socket.write(bufs[i]!, () => resolve())));
    }
    this.socket.uncork();
    // Written straight through to the kernel: the buffers are free. Still held by the socket
    // (less than its high-water mark, so no 'drain' will come): free once their write is done.
    if (ok && this.socket.writableLength === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (): void => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        if (this.socket.destroyed) reject(this.failure ?? new ProtocolError('CONNECTION_CLOSED', `connection to ${this.peer} closed`));
        else resolve();
      };
      if (ok) void written!.then(done);
      else this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  private resumeBelowHighWater(): void {
    if (this.queuedBytes < this.highWaterMark) this.resumeReading();
  }

  private resumeReading(): void {
    if (this.stopped && !this.socket.destroyed) {
      this.stopped = false;
      this.socket.resume();
    }
  }

  /** A read from a Connection.accept() socket; returns false to stop reading. */
  private onLentBytes(chunk: Buffer): boolean {
    this.onBytes(chunk);
    return !this.stopped;
  }

  private onBytes(chunk: Buffer): void {
    if (this.failure) return;
    try {
      for (const f of this.decoder.push(chunk, this.lent)) {
        if (f.type === FrameType.DATA) this.onData(f.payload);
        // protobuf's bytes fields are views of the payload: a lent one is copied
        else this.enqueue(this.toInbound(this.lent ? { type: f.type, payload: Buffer.from(f.payload) } : f), FRAME_HEADER_SIZE + f.payload.length);
      }
    } catch (e) {
      this.abort(e instanceof ProtocolError ? e : new ProtocolError('MALFORMED_FRAME', String(e)));
      return;
    }
    if ((this.queuedBytes >= this.highWaterMark || this.sinkRefused) && !this.stopped) {
      this.stopped = true;
      // a lent socket stops when its callback returns false (onLentBytes)
      if (!this.lent) this.socket.pause();
    }
  }

  private onData(piece: Buffer): void {
    if (!this.inboundData) throw new ProtocolError('MALFORMED_FRAME', 'DATA frame outside a data stream');
    let rest = piece;
    if (this.sink && this.queue.length === 0) {
      let taken: number;
      try {
        taken = this.sink.take(rest);
      } catch (e) {
        // the consumer's failure, not the peer's: not reported as a malformed frame
        throw new ProtocolError('DATA_ABORTED', `the data of ${this.peer} could not be kept: ${(e as Error).message}`, afwire.Status.ERROR);
      }
      if (taken === rest.length) return;
      rest = rest.subarray(taken);
      this.sinkRefused = true;
    }
    this.enqueue({ kind: 'data', chunk: this.lent ? Buffer.from(rest) : rest }, FRAME_HEADER_SIZE + rest.length);
  }

  private toInbound(frame: Frame): Inbound {
    switch (frame.type) {
      case FrameType.CONTROL: {
        const envelope = decodeOrThrow(() => decodeEnvelope(frame.payload), 'control message');
        if (!envelope.kind) throw new ProtocolError('MALFORMED_FRAME', 'control message without content');
        if (this.inboundData) {
          // Only a Fatal may cut into a data stream: the peer is giving up on the connection.
          if (!envelope.fatal) throw new ProtocolError('MALFORMED_FRAME', 'CONTROL frame inside a data stream (expected DATA or DATA_END)');
          this.inboundData = false;
        }
        if (announcesData(envelope)) this.inboundData = true;
        return { kind: 'control', envelope };
      }
      case FrameType.DATA_END:
        if (!this.inboundData) throw new ProtocolError('MALFORMED_FRAME', 'DATA_END frame outside a data stream');
        this.inboundData = false;
        return { kind: 'end', end: decodeOrThrow(() => afwire.DataEnd.decode(frame.payload), 'DATA_END payload') };
      default:
        throw new ProtocolError('MALFORMED_FRAME', `unexpected frame type ${frameTypeName(frame.type)}`);
    }
  }

  private enqueue(item: Inbound, size: number): void {
    const w = this.waiter;
    if (w) {
      this.waiter = undefined;
      // the consumer now has an item to deal with: later bytes must not overtake it
      this.sink = undefined;
      w.resolve(item);
      return;
    }
    this.queue.push({ item, size });
    this.queuedBytes += size;
  }

  /**
   * A protocol violation by the peer: log it, tell the peer, close. Does nothing when the
   * connection has failed already (the first reason is the one that counts).
   */
  abort(err: ProtocolError): void {
    if (this.failure) return;
    this.logger.warn({ peer: this.peer, code: err.code }, `closing connection: ${err.message}`);
    this.fail(err);
    void this.closeWithFatal(err.status, err.message);
  }

  private fail(err: ProtocolError): void {
    if (this.failure) return;
    this.failure = err;
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(err);
  }
}

function decodeOrThrow<T>(decode: () => T, what: string): T {
  try {
    return decode();
  } catch (e) {
    throw new ProtocolError('MALFORMED_FRAME', `undecodable ${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
