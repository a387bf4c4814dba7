// Bulk data over a Connection, both directions. Inbound: a Readable that pulls one frame from
// the connection each time its consumer wants more, so a slow consumer pauses the socket.
// Outbound: frames written as the source yields them, each write awaiting the socket's drain.

import { Readable } from 'node:stream';
import { afwire } from './generated/wire.js';
import type { Connection, Inbound } from './connection.js';
import { ProtocolError, statusName } from './protocol-error.js';
import { toNumber, u64 } from './codec.js';

export interface DataEndInfo {
  bytes: number;
  exitCode: number;
  signal: string;
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
      if (!this.pulling) this.pull();
    }
    cb(err);
  }

  /** One item from the connection at a time: Connection.read() allows a single reader. */
  private pull(): void {
    this.pulling = true;
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
      if (this.discarding || this.push(item.chunk)) this.pull();
      return;
    }
    this.finished = true;
    const problem = this.discarding ? undefined : checkEnd(item.end, this.received);
    if (problem) {
      this.fail(problem);
      return;
    }
    this.settle.resolve(endInfo(item.end));
    if (!this.discarding) this.push(null);
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
 * conn.exclusive() right after the announcing control message. A failing source still closes
 * the stream (with an error status, so the receiver drops it) and then rethrows. `trailer` is
 * asked for the rest of the DATA_END once the source is exhausted (a program's exit status).
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
