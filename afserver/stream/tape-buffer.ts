// Tape-Buffer: data from the network is gathered in memory and handed to the drive in bursts.
// The drive starts writing only when the buffer is filled to its high-water mark (or the stream
// ends) and then writes until it is empty, so a client that sends slowly makes the drive wait
// with the tape stopped, instead of creeping it forward block by block ("shoe-shining").
//
// With Spool-Directory the buffer overflows to a spool file instead of making the client wait:
// what does not fit in memory is appended to the file while the drive drains memory and then
// the file, at the same time. Memory stays at most the Tape-Buffer size (plus the 1 MiB taken
// ahead of it from the connection, and one read of the spool file); the spool file is as large
// as the drive is behind the client. It is unlinked as soon as it is opened, so a killed server
// leaves no spool files behind.
//
// Order is kept by one rule: memory always holds older data than the spool file. New data goes
// to memory only while the spool file holds nothing unread; the drive empties memory first.
//
// A stream whose client starts sending while another client has the drive is buffered the same
// way, memory kept small (many may wait at once), so that when the drive becomes free its data is
// already there and the drive goes from one client's stream to the next without waiting.
//
// Memory is a set of slabs allocated once per buffer and reused: network chunks are copied into
// them and released at once (the server's connection copies each socket read in with take(),
// straight from the read's buffer). Holding the chunks themselves would keep tens of thousands of
// buffers alive long enough to reach the old generation, and the garbage collector's full
// collections of them cost more than the copy.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_HIGH_WATER_MARK } from '../../protocol/wire/index.js';

export interface TapeBufferOptions {
  /** Folder for the spool file; without it a full buffer makes the client wait. */
  spoolDirectory?: string;
  /** Bytes buffered before the drive starts a burst (default two thirds of the capacity). */
  highWater?: number;
  /** Size of the memory slabs and largest single read from the spool file handed to the drive. */
  writeSize?: number;
  /**
   * The drive is not this stream's yet (another client writes): until this settles, memory holds
   * at most WAITING_MEMORY bytes (the spool file, if any, takes the rest, else the client
   * waits), and once it settles the drive starts at once with what has gathered.
   */
  driveReady?: Promise<unknown>;
}

/** Memory a stream waiting for the drive may hold (at most the capacity). */
const WAITING_MEMORY = 4 * 1024 * 1024;

/** Bytes take() may hold beyond the memory allowed: what a connection reads ahead (its high-water mark). */
const TAKE_AHEAD = DEFAULT_HIGH_WATER_MARK;

/**
 * Slabs of finished buffers, for the next stream: a server writes one stream after another, and
 * fresh slabs for each would be garbage the collector must find in its full collections.
 */
const spareSlabs: Buffer[] = [];
/** At most this much memory is kept spare (one default Tape-Buffer). */
const SPARE_BYTES = 64 * 1024 * 1024;

function slabOf(size: number): Buffer {
  const i = spareSlabs.findIndex((b) => b.length === size);
  return i < 0 ? Buffer.allocUnsafe(size) : spareSlabs.splice(i, 1)[0]!;
}

function keepSpare(slabs: Buffer[]): void {
  let kept = spareSlabs.reduce((n, b) => n + b.length, 0);
  for (const b of slabs) {
    if (kept + b.length > SPARE_BYTES) return;
    spareSlabs.push(b);
    kept += b.length;
  }
}

/** A region of buffer memory: bytes [read, fill) wait for the drive, [fill, length) are free. */
interface Slab {
  buf: Buffer;
  read: number;
  fill: number;
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

  /** Reads the oldest unread bytes into `buf` (as many as fit); returns the part filled. */
  async take(buf: Buffer): Promise<Buffer> {
    const n = Math.min(buf.length, this.pending);
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
    return buf.subarray(0, n);
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}

export class TapeBuffer {
  /** Slabs holding data, oldest first; new data is copied into the last one. */
  private slabs: Slab[] = [];
  /** Emptied slabs, kept for reuse. */
  private free: Buffer[] = [];
  /** Where spool file reads land; allocated on the first one. */
  private spoolRead: Buffer | undefined;
  private inMemory = 0;
  private spool: SpoolFile | undefined;
  private ended = false;
  private pushing = false;
  private failure: unknown;
  private wakeDrain: (() => void) | undefined;
  private wakePush: (() => void) | undefined;
  private readonly done: Promise<void>;
  private readonly highWater: number;
  private readonly slabSize: number;
  /** Memory allowed now: the capacity, or less while waiting for the drive. */
  private limit: number;

  /**
   * `sink` gets views of the buffer's memory: it must be done with the bytes (copied or written
   * them) when its promise resolves, since the memory is reused afterwards.
   */
  constructor(
    private readonly capacity: number,
    private readonly sink: (data: Uint8Array) => Promise<void>,
    private readonly o: TapeBufferOptions = {},
  ) {
    this.highWater = o.highWater ?? Math.floor(capacity * 0.67);
    this.slabSize = Math.min(o.writeSize ?? 4 * 1024 * 1024, capacity);
    this.limit = o.driveReady ? Math.min(capacity, WAITING_MEMORY) : capacity;
    this.done = this.drain();
    this.done.catch(() => undefined);
  }

  /** Bytes held in memory now, not counting what the drive is writing (at most the capacity plus TAKE_AHEAD). */
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

  /**
   * Adds data (copied: the caller may reuse `chunk` once this resolves); waits while the buffer
   * is full (or the spool file is written). Rejects once the drive side has failed.
   */
  async push(chunk: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    this.pushing = true;
    try {
      if (this.o.spoolDirectory !== undefined && (this.spooledBytes > 0 || this.inMemory + chunk.length > this.limit)) {
        this.spool ??= await SpoolFile.create(this.o.spoolDirectory);
        await this.spool.append(chunk);
      } else {
        let at = 0;
        while (at < chunk.length) {
          while (this.inMemory >= this.limit) {
            await new Promise<void>((r) => (this.wakePush = r));
            if (this.failure) throw this.failure;
          }
          at += this.copyIn(chunk.subarray(at, at + this.limit - this.inMemory));
        }
      }
    } finally {
      this.pushing = false;
    }
    if (this.buffered >= this.highWater) this.wake();
  }

  /**
   * Copies as much of `chunk` as memory has room for now, without waiting, and returns how much
   * (push() the rest). Takes nothing while the spool file holds data, or a push() runs: that
   * data is older. It takes up to TAKE_AHEAD bytes beyond the memory allowed: the connection
   * stops reading the client's socket once this takes less than offered, and the read-ahead it
   * would otherwise hold itself (so as to see a waiting client leave, say) is here instead.
   */
  take(chunk: Uint8Array): number {
    if (this.failure || this.pushing || this.spooledBytes > 0) return 0;
    const n = Math.min(chunk.length, this.limit + TAKE_AHEAD - this.inMemory);
    if (n <= 0) return 0;
    this.copyIn(n === chunk.length ? chunk : chunk.subarray(0, n));
    if (this.buffered >= this.highWater) this.wake();
    return n;
  }

  /** No more data: resolves when everything buffered has been written. */
  async end(): Promise<void> {
    this.ended = true;
    this.wake();
    try {
      await this.done;
      // the drive is done with every slab: they serve the next stream
      keepSpare([...this.free, ...this.slabs.map((s) => s.buf), ...(this.spoolRead ? [this.spoolRead] : [])]);
      this.free = [];
      this.slabs = [];
    } finally {
      await this.spool?.close();
    }
  }

  /** Copies into the slabs as much of `data` as fits in free slab space; returns how much. */
  private copyIn(data: Uint8Array): number {
    let at = 0;
    while (at < data.length) {
      let last = this.slabs[this.slabs.length - 1];
      if (!last || last.fill === last.buf.length) {
        last = { buf: this.free.pop() ?? slabOf(this.slabSize), read: 0, fill: 0 };
        this.slabs.push(last);
      }
      const n = Math.min(data.length - at, last.buf.length - last.fill);
      last.buf.set(n === data.length ? data : data.subarray(at, at + n), last.fill);
      last.fill += n;
      at += n;
    }
    this.inMemory += at;
    return at;
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

  /**
   * Hands the oldest buffered data to the drive: what the oldest slab holds, else a read of the
   * spool file. Bytes in the drive's hands no longer count as buffered (the producer may refill
   * that much), but their slab is reused only once the sink has resolved.
   */
  private async writeNext(): Promise<void> {
    const slab = this.slabs[0];
    if (slab && slab.fill > slab.read) {
      const data = slab.buf.subarray(slab.read, slab.fill);
      slab.read = slab.fill;
      this.inMemory -= data.length;
      const used = slab.read === slab.buf.length;
      if (used) this.slabs.shift();
      this.wakeProducer();
      await this.sink(data);
      if (used) this.free.push(slab.buf);
      return;
    }
    this.spoolRead ??= slabOf(this.slabSize);
    await this.sink(await this.spool!.take(this.spoolRead));
  }

  private async drain(): Promise<void> {
    try {
      if (this.o.driveReady) {
        // a failure to get the drive reaches the client through the sink
        await this.o.driveReady.catch(() => undefined);
        this.limit = this.capacity;
        this.wakeProducer();
        while (this.buffered > 0) await this.writeNext();
      }
      for (;;) {
        while (this.buffered < this.highWater && !this.ended) await new Promise<void>((r) => (this.wakeDrain = r));
        // a burst: write until empty (the low-water mark is 0)
        while (this.buffered > 0) await this.writeNext();
        if (this.ended) return;
      }
    } catch (e) {
      this.failure = e;
      this.wakeProducer();
      throw e;
    }
  }
}
