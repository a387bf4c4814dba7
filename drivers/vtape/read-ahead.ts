// Reading a cartridge file the way a drive streams a tape: while records are read one after the
// other, the file is read in windows of several consecutive objects (up to WINDOW bytes, ending
// on an object boundary, so that no record is split between two windows), and the next window is
// already being read while the current one is handed out. One positioned read then serves dozens
// of records, the buffers are reused (no fresh memory to fault in per record), and the reader
// rarely waits for the thread pool. A read that does not follow the previous one (after a seek or
// a space) fetches only its own object: a restore that jumps around reads no more than it needs.
import type { FileHandle } from 'node:fs/promises';
import type { ObjectIndex } from './object-index.js';

/** Bytes per window while streaming: large enough to amortise a read, small enough to stay in cache. */
const WINDOW = 4 * 1024 * 1024;

interface Window {
  /** Objects [first, end) are in `bytes`, which starts at the frame of `first`. */
  first: number;
  end: number;
  bytes: Buffer;
  /** What `bytes` was read into, reused once the window is done with. */
  buffer: Buffer;
}

export class ReadAhead {
  private current: Window | null = null;
  /** The next window, being read while the current one is handed out. */
  private pending: Promise<Window> | null = null;
  /** Two reusable window buffers: one handed out, one being filled. */
  private spare: Buffer[] = [];
  /** Address just past the object served last, to tell a stream from a jump. */
  private next = -1;

  constructor(
    private readonly fh: FileHandle,
    private readonly index: ObjectIndex,
  ) {}

  /**
   * The file bytes of the payload of the record at `address` (its frame's payload length), or
   * fewer when the file ends early. Valid until the next call or invalidate().
   */
  async payload(address: number): Promise<Buffer> {
    // A filemark between two records (read as 0, never through here) does not end a stream.
    const streaming = this.next >= 0 && (address === this.next || address === this.next + 1);
    this.next = address + 1;
    let w = this.current;
    if (w === null || address < w.first || address >= w.end) {
      w = await this.windowAt(address, streaming);
      this.current = w;
    }
    if (streaming && this.pending === null && w.end < this.index.count) this.prefetch(w.end);
    const at = this.index.payloadOffset(address) - this.index.frameOffset(w.first);
    return w.bytes.subarray(Math.min(at, w.bytes.length), Math.min(at + this.index.recordLength(address), w.bytes.length));
  }

  /**
   * Forgets what was read: the file is about to change (a write or truncation). Waits for a read
   * in flight, so that no buffer is filled by the kernel while it is reused.
   */
  async invalidate(): Promise<void> {
    const p = this.pending;
    this.pending = null;
    this.recycle(this.current);
    this.current = null;
    this.next = -1;
    if (p !== null) this.recycle(await p.catch(() => null));
  }

  /** Drops the buffers (the cartridge leaves the drive). */
  async release(): Promise<void> {
    await this.invalidate();
    this.spare = [];
  }

  private async windowAt(address: number, streaming: boolean): Promise<Window> {
    const p = this.pending;
    if (p !== null) {
      this.pending = null;
      const w = await p.catch(() => null);
      if (w !== null && address >= w.first && address < w.end) {
        this.recycle(this.current);
        return w;
      }
      if (w !== null) this.recycle(w);
    }
    this.recycle(this.current);
    this.current = null;
    const end = streaming ? this.windowEnd(address) : address + 1;
    return this.read(address, end, this.buffer(this.span(address, end)));
  }

  private prefetch(first: number): void {
    const end = this.windowEnd(first);
    const read = this.read(first, end, this.buffer(this.span(first, end)));
    // Awaited by windowAt or invalidate; a failure shows there as a fresh read of the record.
    read.catch(() => undefined);
    this.pending = read;
  }

  /** The end of a window starting at `first`: as many whole objects as fit in WINDOW, at least one. */
  private windowEnd(first: number): number {
    const limit = this.index.frameOffset(first) + WINDOW;
    let lo = first + 1;
    let hi = this.index.count;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.index.frameOffset(mid) <= limit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private span(first: number, end: number): number {
    return this.index.frameOffset(end) - this.index.frameOffset(first);
  }

  private async read(first: number, end: number, buffer: Buffer): Promise<Window> {
    const length = this.span(first, end);
    const { bytesRead } = await this.fh.read(buffer, 0, length, this.index.frameOffset(first));
    return { first, end, bytes: buffer.subarray(0, bytesRead), buffer };
  }

  /** A buffer of at least `size` bytes: a spare window buffer, or a new one for a huge object. */
  private buffer(size: number): Buffer {
    if (size > WINDOW) return Buffer.allocUnsafe(size);
    return this.spare.pop() ?? Buffer.allocUnsafe(WINDOW);
  }

  private recycle(w: Window | null): void {
    if (w !== null && w.buffer.length === WINDOW && this.spare.length < 2) this.spare.push(w.buffer);
  }
}
