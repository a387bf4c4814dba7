// The archive writer's output side: each closed batch is encoded (compressed, hashed) on the
// encoding threads, one per processor, and the results go to the output strictly in the order
// the batches were closed. A byte budget bounds the batches in flight, so a writer
// that outruns its output waits. The first failure (a batch's encoding, the output's write) is
// kept: nothing is written after it, and the writer reports it at its next call.
import { encodeBatch, type BatchResult } from '../../afclient/codec/encode-batch.js';
import { outcomesOf } from '../../afclient/codec/file-reads.js';
import { Budget, type Batch, type BufferPool } from './batch.js';
import { RecordCompleter, type EntryState } from './record-sums.js';
import type { Sink, WrittenEntry } from './writer-io.js';

const noop = (): void => {};

export class BatchOutput {
  private readonly budget: Budget;
  private tail: Promise<void> = Promise.resolve();
  private readonly completer = new RecordCompleter();
  /** The first failure of a batch's encoding or output; nothing is written after it. */
  fatal: Error | undefined;
  /** Stream bytes handed to the output. */
  written = 0;
  /** Records taken back: their file was gone or replaced when the encoding thread read it. */
  dropped = 0;

  constructor(
    private readonly sink: Sink,
    private readonly buffers: BufferPool,
    memoryBudget: number,
    private readonly onWritten: ((info: WrittenEntry) => void) | undefined,
  ) {
    this.budget = new Budget(memoryBudget);
  }

  /** Takes a closed batch (its chunk closed); resolves once it is queued, within the budget. */
  async take(b: Batch<EntryState>): Promise<void> {
    if (b.opCount === 0) {
      this.buffers.give(b.input.buffer);
      return;
    }
    const size = b.input.length;
    await this.budget.acquire(size);
    if (this.fatal) {
      this.budget.release(size);
      throw this.fatal;
    }
    const job = { input: b.input.buffer, fill: b.fill, ops: Float64Array.from(b.ops), ...(b.files.count > 0 ? { files: b.files.pack() } : {}) };
    const result = encodeBatch(job);
    result.catch(noop);
    this.tail = this.tail.then(() => this.emit(b, result, size));
    // A caller that reads small files synchronously queues entries without ever waiting, so the
    // event loop would not run: finished batches would neither be written nor free their budget
    // until the budget ran out, and then every thread waits for the output. One turn of the
    // loop per batch keeps the encoded batches flowing to the output.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Waits until every batch taken is written; throws the first failure. */
  async drain(): Promise<void> {
    await this.tail;
    if (this.fatal) throw this.fatal;
  }

  private async emit(b: Batch<EntryState>, result: Promise<BatchResult>, size: number): Promise<void> {
    try {
      if (this.fatal) return;
      const r = await result;
      // A file the encoding thread found gone or replaced leaves no record, and no entry to announce.
      if (r.files) this.dropped += b.settleFiles(outcomesOf(r.files));
      const out = Buffer.from(r.output, 0, r.outLen);
      const base = this.written;
      const done = this.completer.complete(b, r, out, base);
      await this.sink(out);
      // The sink is done with the bytes (its promise resolved): the buffer can be refilled.
      this.buffers.give(r.output);
      this.written += r.outLen;
      for (const e of done)
        this.onWritten?.({ meta: e.meta, streamOffset: BigInt(e.start), storedBytes: BigInt(e.end - e.start), checksum: e.checksum! });
    } catch (err) {
      this.fatal ??= err instanceof Error ? err : new Error(String(err));
    } finally {
      this.budget.release(size);
    }
  }
}
