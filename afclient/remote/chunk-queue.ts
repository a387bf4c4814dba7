// The hand-over from the archive writer to the data stream of a write request. The writer's
// chunks are views of buffers it refills once its sink resolves. A chunk of at least `lendFrom`
// bytes is lent: handed on as it is, its push resolving only once the consumer has asked for
// the chunk after it (the consumer is done with it then: see writeSession). Copying every
// chunk instead cost about a tenth of a full backup's client CPU (bench/mktree scale 1): the
// copy itself, and the full garbage collections V8 ran for that much fresh external memory
// (half a GB per GB of files), on the main thread and V8's helper threads. A smaller chunk is
// copied and its push resolves at once, while at most `capacity` copied bytes wait. Either way
// the writer's next chunk waits for the consumer: the socket's pace reaches back to the packer
// (backpressure end to end, bounded memory).

interface Queued {
  chunk: Buffer;
  /** A lent chunk: settles its push. */
  lent?: { release: () => void; refuse: (e: Error) => void };
}

export class ChunkQueue implements AsyncIterable<Uint8Array> {
  private readonly chunks: Queued[] = [];
  private queued = 0;
  private ended = false;
  private failure: Error | undefined;
  /** The consumer stopped (the request failed): pushes are refused with this. */
  private closed: Error | undefined;
  /** The lent chunk the consumer holds now. */
  private handedOut: Queued['lent'];
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  /**
   * `capacity`: copied bytes that may wait. `lendFrom`: chunks of at least this many bytes are
   * lent instead of copied; the default lends none, for a consumer that may keep a chunk after
   * asking for the next.
   */
  constructor(
    private readonly capacity = 4 << 20,
    private readonly lendFrom = Infinity,
  ) {}

  /** The sink for ArchiveWriter: resolves once the chunk is copied into the queue, or once a lent chunk is done with. */
  readonly push = async (chunk: Buffer): Promise<void> => {
    if (chunk.length >= this.lendFrom && chunk.length > 0) {
      this.check();
      await new Promise<void>((release, refuse) => {
        this.chunks.push({ chunk, lent: { release, refuse } });
        this.wake('consumer');
      });
      return;
    }
    let rest = chunk;
    while (rest.length > 0) {
      this.check();
      const room = this.capacity - this.queued;
      if (room <= 0) {
        await new Promise<void>((resolve) => (this.wakeProducer = resolve));
        continue;
      }
      const part = rest.subarray(0, room);
      this.chunks.push({ chunk: Buffer.from(part) });
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

  /** The consumer gave up: a waiting or later push rejects with `e` (a lent chunk's too: the consumer may still hold it). */
  close(e: Error): void {
    this.closed ??= e;
    for (const q of this.chunks) q.lent?.refuse(e);
    this.handedOut?.refuse(e);
    this.handedOut = undefined;
    this.chunks.length = 0;
    this.queued = 0;
    this.wake('producer');
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        // Asking for the next chunk means the consumer is done with the one it was lent.
        this.handedOut?.release();
        this.handedOut = undefined;
        if (this.failure) throw this.failure;
        const q = this.chunks.shift();
        if (q) {
          if (q.lent) this.handedOut = q.lent;
          else {
            this.queued -= q.chunk.length;
            this.wake('producer');
          }
          yield q.chunk;
          continue;
        }
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      }
    } finally {
      if (!this.ended || this.chunks.length > 0 || this.handedOut) this.close(this.failure ?? new Error('the server stopped taking data'));
    }
  }

  private check(): void {
    if (this.closed) throw this.closed;
    if (this.ended) throw new Error('ChunkQueue.push after end()');
  }

  private wake(who: 'consumer' | 'producer'): void {
    const w = who === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (who === 'consumer') this.wakeConsumer = undefined;
    else this.wakeProducer = undefined;
    w?.();
  }
}
