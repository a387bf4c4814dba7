// Tape-Buffer: data from the network is gathered in memory and handed to the drive in bursts.
// The drive starts writing only when the buffer is filled to its high-water mark (or the stream
// ends) and then writes until it is empty, so a client that sends slowly makes the drive wait
// with the tape stopped, instead of creeping it forward block by block ("shoe-shining").

export class TapeBuffer {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private ended = false;
  private failure: unknown;
  private wakeDrain: (() => void) | undefined;
  private wakePush: (() => void) | undefined;
  private readonly done: Promise<void>;

  constructor(
    private readonly capacity: number,
    private readonly sink: (data: Uint8Array) => Promise<void>,
    private readonly highWater = Math.floor(capacity * 0.67),
    /** Largest single write handed to the sink. */
    private readonly writeSize = 4 * 1024 * 1024,
  ) {
    this.done = this.drain();
    this.done.catch(() => undefined);
  }

  /** Adds data; waits while the buffer is full. Rejects once the drive side has failed. */
  async push(chunk: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.buffered >= this.capacity) {
      await new Promise<void>((r) => (this.wakePush = r));
      if (this.failure) throw this.failure;
    }
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered >= this.highWater) this.wake();
  }

  /** No more data: resolves when everything buffered has been written. */
  async end(): Promise<void> {
    this.ended = true;
    this.wake();
    await this.done;
  }

  private wake(): void {
    const w = this.wakeDrain;
    this.wakeDrain = undefined;
    w?.();
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        while (this.buffered < this.highWater && !this.ended) await new Promise<void>((r) => (this.wakeDrain = r));
        // a burst: write until empty (the low-water mark is 0)
        while (this.buffered > 0) {
          const take: Uint8Array[] = [];
          let n = 0;
          while (this.chunks.length > 0 && n < this.writeSize) {
            const c = this.chunks.shift()!;
            take.push(c);
            n += c.length;
          }
          this.buffered -= n;
          const w = this.wakePush;
          this.wakePush = undefined;
          w?.();
          await this.sink(take.length === 1 ? take[0]! : Buffer.concat(take, n));
        }
        if (this.ended) return;
      }
    } catch (e) {
      this.failure = e;
      const w = this.wakePush;
      this.wakePush = undefined;
      w?.();
      throw e;
    }
  }
}
