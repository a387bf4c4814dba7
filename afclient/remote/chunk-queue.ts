// The hand-over from the archive writer to the data stream of a write request. The writer's
// chunks are views of buffers it refills once its sink resolves, so each one is copied here;
// at most `capacity` bytes wait, and the writer's next chunk waits for room: the socket's pace
// reaches back to the packer (backpressure end to end, bounded memory).

export class ChunkQueue implements AsyncIterable<Uint8Array> {
  private readonly chunks: Buffer[] = [];
  private queued = 0;
  private ended = false;
  private failure: Error | undefined;
  /** The consumer stopped (the request failed): pushes are refused with this. */
  private closed: Error | undefined;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  constructor(private readonly capacity = 4 << 20) {}

  /** The sink for ArchiveWriter: copies the chunk and resolves once it is queued. */
  readonly push = async (chunk: Buffer): Promise<void> => {
    let rest = chunk;
    while (rest.length > 0) {
      if (this.closed) throw this.closed;
      if (this.ended) throw new Error('ChunkQueue.push after end()');
      const room = this.capacity - this.queued;
      if (room <= 0) {
        await new Promise<void>((resolve) => (this.wakeProducer = resolve));
        continue;
      }
      const part = rest.subarray(0, room);
      this.chunks.push(Buffer.from(part));
      this.queued += part.length;
      rest = rest.subarray(part.length);
      this.wake('consumer');
    }
  };

  /** No more chunks: the data stream ends normally. */
  end(): void {
    this.ended = true;
    this.wake('consumer');
  }

  /** The producer failed: the data stream is aborted with this error. */
  fail(e: Error): void {
    this.failure ??= e;
    this.wake('consumer');
  }

  /** The consumer gave up: a waiting or later push rejects with `e`. */
  close(e: Error): void {
    this.closed ??= e;
    this.chunks.length = 0;
    this.queued = 0;
    this.wake('producer');
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        if (this.failure) throw this.failure;
        const chunk = this.chunks.shift();
        if (chunk) {
          this.queued -= chunk.length;
          this.wake('producer');
          yield chunk;
          continue;
        }
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      }
    } finally {
      if (!this.ended || this.chunks.length > 0) this.close(this.failure ?? new Error('the server stopped taking data'));
    }
  }

  private wake(who: 'consumer' | 'producer'): void {
    const w = who === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (who === 'consumer') this.wakeConsumer = undefined;
    else this.wakeProducer = undefined;
    w?.();
  }
}
