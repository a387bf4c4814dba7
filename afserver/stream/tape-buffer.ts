// Tape-Buffer: data from the network is gathered in memory and handed to the drive in bursts.
// The drive starts writing only when the buffer is filled to its high-water mark (or the stream
// ends) and then writes until it is empty, so a client that sends slowly makes the drive wait
// with the tape stopped, instead of creeping it forward block by block ("shoe-shining").
//
// With Spool-Directory the buffer overflows to a spool file instead of making the client wait:
// what does not fit in memory is appended to the file while the drive drains memory and then
// the file, at the same time. Memory stays at most the Tape-Buffer size (plus one read of the
// spool file); the spool file is as large as the drive is behind the client. It is unlinked as
// soon as it is opened, so a killed server leaves no spool files behind.
//
// Order is kept by one rule: memory always holds older data than the spool file. New data goes
// to memory only while the spool file holds nothing unread; the drive empties memory first.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface TapeBufferOptions {
  /** Folder for the spool file; without it a full buffer makes the client wait. */
  spoolDirectory?: string;
  /** Bytes buffered before the drive starts a burst (default two thirds of the capacity). */
  highWater?: number;
  /** Largest single read from the spool file handed to the drive. */
  writeSize?: number;
}

/** The overflow of a TapeBuffer: a file written at its end and read from its start. */
class SpoolFile {
  private readPos = 0;
  private writePos = 0;
  private appending = false;

  private constructor(private readonly fh: fs.FileHandle) {}

  static async create(folder: string): Promise<SpoolFile> {
    const file = path.join(folder, `afserver-${process.pid}-${randomUUID()}.spool`);
    const fh = await fs.open(file, 'wx+', 0o600).catch((e: Error) => {
      throw new Error(`cannot create a spool file in Spool-Directory ${folder}: ${e.message}; create the folder (writable by afserver) or remove Spool-Directory`);
    });
    await fs.unlink(file);
    return new SpoolFile(fh);
  }

  /** Bytes written and not yet read. */
  get pending(): number {
    return this.writePos - this.readPos;
  }

  async append(chunk: Uint8Array): Promise<void> {
    this.appending = true;
    try {
      let done = 0;
      while (done < chunk.length) {
        const { bytesWritten } = await this.fh.write(chunk, done, chunk.length - done, this.writePos + done);
        done += bytesWritten;
      }
      this.writePos += chunk.length;
    } finally {
      this.appending = false;
    }
  }

  /** Reads up to `max` of the oldest unread bytes. */
  async take(max: number): Promise<Buffer> {
    const n = Math.min(max, this.pending);
    const buf = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.fh.read(buf, got, n - got, this.readPos + got);
      if (bytesRead === 0) throw new Error('the spool file ended early (was it truncated by someone else?)');
      got += bytesRead;
    }
    this.readPos += n;
    // Drained: write again from its beginning, so the file grows only as large as the drive
    // ever fell behind (an append in progress keeps its place and is read next).
    if (this.pending === 0 && !this.appending) {
      this.readPos = 0;
      this.writePos = 0;
    }
    return buf;
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}

export class TapeBuffer {
  private chunks: Uint8Array[] = [];
  private inMemory = 0;
  private spool: SpoolFile | undefined;
  private ended = false;
  private failure: unknown;
  private wakeDrain: (() => void) | undefined;
  private wakePush: (() => void) | undefined;
  private readonly done: Promise<void>;
  private readonly highWater: number;
  private readonly writeSize: number;

  constructor(
    private readonly capacity: number,
    private readonly sink: (data: Uint8Array) => Promise<void>,
    private readonly o: TapeBufferOptions = {},
  ) {
    this.highWater = o.highWater ?? Math.floor(capacity * 0.67);
    this.writeSize = o.writeSize ?? 4 * 1024 * 1024;
    this.done = this.drain();
    this.done.catch(() => undefined);
  }

  /** Bytes held in memory now (never more than the capacity plus one chunk). */
  get memoryBytes(): number {
    return this.inMemory;
  }

  /** Bytes waiting in the spool file now. */
  get spooledBytes(): number {
    return this.spool?.pending ?? 0;
  }

  private get buffered(): number {
    return this.inMemory + this.spooledBytes;
  }

  /** Adds data; waits while the buffer is full (or the spool file is written). Rejects once the drive side has failed. */
  async push(chunk: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.o.spoolDirectory !== undefined && (this.spooledBytes > 0 || this.inMemory + chunk.length > this.capacity)) {
      this.spool ??= await SpoolFile.create(this.o.spoolDirectory);
      await this.spool.append(chunk);
    } else {
      while (this.inMemory >= this.capacity) {
        await new Promise<void>((r) => (this.wakePush = r));
        if (this.failure) throw this.failure;
      }
      this.chunks.push(chunk);
      this.inMemory += chunk.length;
    }
    if (this.buffered >= this.highWater) this.wake();
  }

  /** No more data: resolves when everything buffered has been written. */
  async end(): Promise<void> {
    this.ended = true;
    this.wake();
    try {
      await this.done;
    } finally {
      await this.spool?.close();
    }
  }

  private wake(): void {
    const w = this.wakeDrain;
    this.wakeDrain = undefined;
    w?.();
  }

  private wakeProducer(): void {
    const w = this.wakePush;
    this.wakePush = undefined;
    w?.();
  }

  /** The oldest buffered data: a chunk from memory, else a read of the spool file. */
  private async next(): Promise<Uint8Array> {
    const c = this.chunks.shift();
    if (c) {
      this.inMemory -= c.length;
      this.wakeProducer();
      return c;
    }
    return this.spool!.take(this.writeSize);
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        while (this.buffered < this.highWater && !this.ended) await new Promise<void>((r) => (this.wakeDrain = r));
        // a burst: write until empty (the low-water mark is 0); chunks go to the drive as they
        // came, without being copied together (the block writer copies them into records anyway)
        while (this.buffered > 0) await this.sink(await this.next());
        if (this.ended) return;
      }
    } catch (e) {
      this.failure = e;
      this.wakeProducer();
      throw e;
    }
  }
}
