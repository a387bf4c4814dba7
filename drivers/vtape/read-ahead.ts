// Reading a cartridge file the way a drive streams a tape: while records are read one after the
// other, the file is read in windows of several consecutive objects (up to WINDOW bytes, ending
// on an object boundary, so that no record is split between two windows), and the next windows
// are already being read while the current one is handed out. One positioned read then serves dozens
// of records, the buffers are reused (no fresh memory to fault in per record), and the reader
// rarely waits for the thread pool. A read that does not follow the previous one (after a seek or
// a space) fetches only its own object: a restore that jumps around reads no more than it needs.
// The thread that reads a window also checks its records' payload checksums (native/vtio.c), so
// that verifying one window overlaps with the main thread handing out the one before.
import type { FileHandle } from 'node:fs/promises';
import { readVerified } from '../../native/vtio.js';
import type { ObjectIndex } from './object-index.js';

/** Bytes per window while streaming: large enough to amortise a read, small enough to stay in cache. */
const WINDOW = 2 * 1024 * 1024;
/**
 * Windows read ahead while streaming. Two: a second thread-pool thread reads and verifies on the
 * second core, and a descheduled thread on a busy machine does not stall the stream at once.
 */
const AHEAD = 2;

/** A window buffer with room for the verification of the objects read into it. */
interface Slot {
  buffer: Buffer;
  starts: Float64Array;
  lengths: Float64Array;
  sums: BigUint64Array;
  verdict: Uint8Array;
}

interface Window {
  /** Objects [first, end) are in `bytes`, which starts at the frame of `first`. */
  first: number;
  end: number;
  bytes: Buffer;
  /** What `bytes` was read into, reused once the window is done with. */
  slot: Slot;
}

/** A record's bytes as far as the file has them, and whether they passed the payload checksum. */
export interface CheckedPayload {
  bytes: Buffer;
  verified: boolean;
}

export class ReadAhead {
  private current: Window | null = null;
  /** The next windows, in file order, being read while the current one is handed out. */
  private pending: { end: number; window: Promise<Window> }[] = [];
  /** Reusable window buffers: one handed out, AHEAD being filled. */
  private spare: Slot[] = [];
  /** Address just past the object served last, to tell a stream from a jump. */
  private next = -1;

  constructor(
    private readonly fh: FileHandle,
    private readonly index: ObjectIndex,
    /** The cartridge's format version: which payload checksum. */
    private readonly version: number,
  ) {}

  /**
   * The file bytes of the payload of the record at `address` (its frame's payload length), or
   * fewer when the file ends early, and whether they match the record's checksum. Valid until
   * the next call or invalidate().
   */
  async payload(address: number): Promise<CheckedPayload> {
    // A filemark between two records (read as 0, never through here) does not end a stream.
    const streaming = this.next >= 0 && (address === this.next || address === this.next + 1);
    this.next = address + 1;
    let w = this.current;
    if (w === null || address < w.first || address >= w.end) {
      w = await this.windowAt(address, streaming);
      this.current = w;
    }
    if (streaming) {
      for (let from = this.pending.at(-1)?.end ?? w.end; this.pending.length < AHEAD && from < this.index.count; ) from = this.prefetch(from);
    }
    const at = this.index.payloadOffset(address) - this.index.frameOffset(w.first);
    return {
      bytes: w.bytes.subarray(Math.min(at, w.bytes.length), Math.min(at + this.index.recordLength(address), w.bytes.length)),
      verified: w.slot.verdict[address - w.first] === 1,
    };
  }

  /** Nothing read ahead, held or remembered: invalidate() would change nothing. */
  get idle(): boolean {
    return this.current === null && this.pending.length === 0 && this.next < 0;
  }

  /**
   * Forgets what was read: the file is about to change (a write or truncation). Waits for a read
   * in flight, so that no buffer is filled by the kernel while it is reused.
   */
  async invalidate(): Promise<void> {
    this.recycle(this.current);
    this.current = null;
    this.next = -1;
    await this.dropPending();
  }

  /** Drops the buffers (the cartridge leaves the drive). */
  async release(): Promise<void> {
    await this.invalidate();
    this.spare = [];
  }

  private async windowAt(address: number, streaming: boolean): Promise<Window> {
    const p = this.pending.shift();
    if (p !== undefined) {
      const w = await p.window.catch(() => null);
      if (w !== null && address >= w.first && address < w.end) {
        this.recycle(this.current);
        return w;
      }
      if (w !== null) this.recycle(w);
      // not the stream's next window after all: the others are no use either
      await this.dropPending();
    }
    this.recycle(this.current);
    this.current = null;
    const end = streaming ? this.windowEnd(address) : address + 1;
    return this.read(address, end);
  }

  /** Waits for the windows being read, so that no buffer is filled by the kernel while reused. */
  private async dropPending(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) this.recycle(await p.window.catch(() => null));
  }

  /** Starts reading the window from `first`; returns its end. */
  private prefetch(first: number): number {
    const end = this.windowEnd(first);
    const window = this.read(first, end);
    // Awaited by windowAt or invalidate; a failure shows there as a fresh read of the record.
    window.catch(() => undefined);
    this.pending.push({ end, window });
    return end;
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

  /** Reads objects [first, end) and checks their payloads, both on a thread-pool thread. */
  private async read(first: number, end: number): Promise<Window> {
    const { index } = this;
    const length = this.span(first, end);
    const slot = this.slot(length, end - first);
    const base = index.frameOffset(first);
    for (let a = first; a < end; a++) {
      const i = a - first;
      const record = !index.isFilemark(a);
      slot.starts[i] = index.payloadOffset(a) - base;
      slot.lengths[i] = record ? index.recordLength(a) : 0;
      slot.sums[i] = record ? index.payloadChecksum(a) : 0n;
    }
    const bytesRead = await readVerified({
      fd: this.fh.fd,
      buf: slot.buffer,
      length,
      position: base,
      version: this.version,
      count: end - first,
      starts: slot.starts,
      lengths: slot.lengths,
      sums: slot.sums,
      verdict: slot.verdict,
    });
    return { first, end, bytes: slot.buffer.subarray(0, bytesRead), slot };
  }

  /** Room for `size` bytes of `objects` objects: a spare window slot, or a new one for a huge object. */
  private slot(size: number, objects: number): Slot {
    const spare = size <= WINDOW ? this.spare.pop() : undefined;
    if (spare !== undefined && spare.verdict.length >= objects) return spare;
    const room = Math.max(objects, spare?.verdict.length ?? 0);
    return {
      buffer: spare?.buffer ?? Buffer.allocUnsafe(Math.max(size, WINDOW)),
      starts: new Float64Array(room),
      lengths: new Float64Array(room),
      sums: new BigUint64Array(room),
      verdict: new Uint8Array(room),
    };
  }

  private recycle(w: Window | null): void {
    if (w !== null && w.slot.buffer.length === WINDOW && this.spare.length <= AHEAD) this.spare.push(w.slot);
  }
}
