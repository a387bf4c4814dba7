// Bulk data over a Connection, both directions. Inbound: a Readable that pulls one frame from
// the connection each time its consumer wants more, so a slow consumer pauses the socket; or,
// for a consumer that copies the bytes anyway (the server's Tape-Buffer), pipeInto(): the bytes
// go from the socket's reads straight into its memory. Outbound: frames written as the source
// yields them, each write awaiting the socket's drain.

import { Readable } from 'node:stream';
import { afwire } from './generated/wire.js';
import type { Connection, DataSink, Inbound } from './connection.js';
import { ProtocolError, statusName } from './protocol-error.js';
import { toNumber, u64 } from './codec.js';

export interface DataEndInfo {
  bytes: number;
  exitCode: number;
  signal: string;
}

/** Where pipeInto() puts the data: take() what fits now, write() the rest when there is room. */
export interface InboundSink extends DataSink {
  /** Takes all of `chunk` (copied), waiting for room as long as needed. */
  write(chunk: Buffer): Promise<void>;
}

/**
 * The data stream that follows an announcing control message. It ends at an OK DATA_END whose
 * byte count matches; an error status or a count mismatch destroys it with DATA_ABORTED. If the
 * consumer destroys it early, the rest is read and dropped so the connection stays in step;
 * `done` resolves once DATA_END has been read either way (with the exit status of a remote
 * program); it rejects when the stream was aborted or the connection failed.
 */
export class InboundData extends Readable {
  readonly done: Promise<DataEndInfo>;
  private readonly conn: Connection;
  private received = 0;
  private finished = false;
  private pulling = false;
  private discarding = false;
  private settle!: { resolve: (i: DataEndInfo) => void; reject: (e: Error) => void };
  /** pipeInto()'s sink, and how its write() failing is reported. */
  private piped: { sink: InboundSink; direct: DataSink; failed: (e: unknown) => void } | undefined;

  constructor(conn: Connection) {
    super({ highWaterMark: 1 });
    this.conn = conn;
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    this.done.catch(() => undefined); // the consumer sees errors through the stream itself
  }

  override _read(): void {
    if (!this.pulling && !this.finished) this.pull();
  }

  override _destroy(err: Error | null, cb: (e?: Error | null) => void): void {
    if (!this.finished) {
      this.discarding = true;
      this.conn.setDataSink(undefined);
      if (!this.pulling) this.pull();
    }
    cb(err);
  }

  /**
   * Consumes the stream into `sink` instead of reading it (one or the other): bytes that arrive
   * while nothing is unread go to sink.take() from the socket's read itself, others to
   * sink.write(). Resolves at the stream's end as `done` does; rejects when it fails, or when
   * sink.write() does (the stream is then left unfinished: destroy() it to drop the rest).
   */
  pipeInto(sink: InboundSink): Promise<DataEndInfo> {
    if (this.piped || this.readableDidRead) throw new ProtocolError('BAD_ARGUMENT', 'pipeInto() on a data stream already being read');
    return new Promise((resolve, reject) => {
      const direct: DataSink = {
        take: (chunk) => {
          const n = sink.take(chunk);
          this.received += n;
          return n;
        },
      };
      this.piped = { sink, direct, failed: reject };
      this.on('error', () => undefined); // reported through the promise
      this.done.then(resolve, reject);
      this.pull();
    });
  }

  /** One item from the connection at a time: Connection.read() allows a single reader. */
  private pull(): void {
    this.pulling = true;
    if (this.piped && !this.discarding) this.conn.setDataSink(this.piped.direct);
    this.conn.read().then(
      (item) => {
        this.pulling = false;
        this.onItem(item);
      },
      (e: unknown) => {
        this.pulling = false;
        this.fail(e instanceof Error ? e : new Error(String(e)));
      },
    );
  }

  private onItem(item: Inbound): void {
    if (item.kind === 'control') {
      // The connection lets only a Fatal through inside a data stream.
      const fatal = item.envelope.fatal;
      this.fail(new ProtocolError('CONNECTION_CLOSED', `${this.conn.peer} gave up during the data stream: ${fatal?.message || statusName(fatal?.status)}`, fatal?.status ?? afwire.Status.ERROR));
      return;
    }
    if (item.kind === 'data') {
      this.received += item.chunk.length;
      const piped = this.piped;
      if (piped && !this.discarding) {
        piped.sink.write(item.chunk).then(
          () => (this.discarding || this.finished ? undefined : this.pull()),
          (e: unknown) => piped.failed(e),
        );
      } else if (this.discarding || this.push(item.chunk)) this.pull();
      return;
    }
    this.finished = true;
    const problem = this.discarding ? undefined : checkEnd(item.end, this.received);
    if (problem) {
      this.fail(problem);
      return;
    }
    this.settle.resolve(endInfo(item.end));
    if (!this.discarding && !this.piped) this.push(null);
  }

  private fail(e: Error): void {
    this.finished = true;
    this.settle.reject(e);
    if (!this.destroyed) this.destroy(e);
  }
}

function checkEnd(end: afwire.DataEnd, received: number): ProtocolError | undefined {
  if (end.status !== afwire.Status.OK) {
    return new ProtocolError('DATA_ABORTED', `data stream aborted by the sender: ${end.message || statusName(end.status)}`, end.status);
  }
  const stated = toNumber(end.bytes);
  if (stated !== received) {
    return new ProtocolError('DATA_ABORTED', `data stream ended after ${received} bytes but the sender states ${stated}`);
  }
  return undefined;
}

function endInfo(end: afwire.DataEnd): DataEndInfo {
  return { bytes: toNumber(end.bytes), exitCode: end.exitCode, signal: end.signal };
}

export type DataSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>;

/**
 * Writes the source as DATA frames and closes the stream with DATA_END; call inside
 * conn.exclusive() right after the announcing control message. The source is asked for its next
 * chunk only once the socket holds none of the last one: a source may refill one buffer. A
 * failing source still closes the stream (with an error status, so the receiver drops it) and
 * then rethrows. `trailer` is asked for the rest of the DATA_END once the source is exhausted (a
 * program's exit status).
 */
export async function sendDataStream(
  conn: Connection,
  source: DataSource,
  trailer: () => Omit<afwire.IDataEnd, 'bytes' | 'status'> = () => ({}),
): Promise<number> {
  let bytes = 0;
  try {
    for await (const chunk of source) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      await conn.writeData(buf);
      bytes += buf.byteLength;
    }
  } catch (e) {
    if (e instanceof ProtocolError && e.code === 'CONNECTION_CLOSED') throw e;
    const message = e instanceof Error ? e.message : String(e);
    await conn.writeDataEnd({ status: afwire.Status.ERROR, message: `data source failed: ${message}`, bytes: u64(bytes) });
    throw e;
  }
  await conn.writeDataEnd({ ...trailer(), status: afwire.Status.OK, bytes: u64(bytes) });
  return bytes;
}
