// File data memory of the pack worker: a fixed set of 1 MiB slabs. Reads are placed in the
// current slab; a slab is sent (transferred) to the writing thread when full, and comes back
// when everything in it has been consumed. This bounds the data in flight, and no read buffer
// becomes garbage, so neither thread's heap grows with the amount of data packed.
import { CHUNK } from './file-source.js';

export const SLAB_SIZE = CHUNK;
/** Slabs in circulation: the most file data that is read ahead of the archive writer. */
export const SLAB_COUNT = 12;

export class Slabs {
  private readonly free: ArrayBuffer[] = Array.from({ length: SLAB_COUNT }, () => new ArrayBuffer(SLAB_SIZE));
  private readonly mine = new Set<ArrayBuffer>(this.free);
  private current: ArrayBuffer | null = null;
  private used = 0;
  private sealed: ArrayBuffer[] = [];
  private waiting: (() => void) | null = null;

  /** `size` bytes (at most SLAB_SIZE) in the current slab, or in the next one. */
  alloc = (size: number): Buffer => {
    if (size > SLAB_SIZE) throw new RangeError(`slab allocation of ${size} bytes exceeds ${SLAB_SIZE}`);
    if (!this.current || SLAB_SIZE - this.used < size) {
      this.seal();
      // room() keeps two slabs free before every read; a new slab is a fallback, never lost.
      this.current = this.free.pop() ?? this.adopt(new ArrayBuffer(SLAB_SIZE));
      this.used = 0;
    }
    const b = Buffer.from(this.current, this.used, size);
    this.used += size;
    return b;
  };

  /** True when `data` lies in a slab of this worker (so it is sent by reference, not copied). */
  owns(data: Uint8Array): boolean {
    return this.mine.has(data.buffer as ArrayBuffer);
  }

  /** Closes the current slab (it will be sent with the next batch). */
  seal(): void {
    if (this.current && this.used > 0) this.sealed.push(this.current);
    else if (this.current) this.free.push(this.current);
    this.current = null;
  }

  /** The slabs to transfer now; they are no longer this worker's until they come back. */
  takeSealed(): ArrayBuffer[] {
    const out = this.sealed;
    this.sealed = [];
    for (const s of out) this.mine.delete(s);
    return out;
  }

  get hasSealed(): boolean {
    return this.sealed.length > 0;
  }

  /** Slabs sent back by the writing thread. */
  giveBack(slabs: ArrayBuffer[]): void {
    for (const s of slabs) this.free.push(this.adopt(s));
    if (this.waiting && this.free.length >= 2) {
      const wake = this.waiting;
      this.waiting = null;
      wake();
    }
  }

  /** Waits until two slabs are free: enough for the next read (at most one chunk, possibly split). */
  async room(flush: () => void): Promise<void> {
    while (this.free.length < 2) {
      flush();
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  private adopt(s: ArrayBuffer): ArrayBuffer {
    this.mine.add(s);
    return s;
  }
}
