// A fixed pool of codec workers decoding chunks for the archive reader. Each job gets its own
// promise; callers restore stream order themselves.
import { Worker } from 'node:worker_threads';
import type { DecodedChunk, DecodeJob } from './decode-chunk.js';

interface Pending {
  settle: (msg: { result?: unknown; error?: string }) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to this worker, oldest first: it answers them in order. */
  inflight: Pending[];
  exited: Promise<void>;
}

// A codec worker's JavaScript makes little garbage (its data is in transferred buffers and native
// memory), so it needs no room to grow V8's young generation to the default of tens
// of MB.
const LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 2 } };

// The build ships compress-worker.js beside this file. Under tsx (tests, development) the
// sources are .ts, and Node 20 does not apply the parent's --import loader to worker threads,
// so the worker first registers tsx itself.
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./compress-worker.js', import.meta.url), LIMITS);
  const entry = new URL('./compress-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, ...LIMITS });
}

export class CompressPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      const slot: Slot = { worker: w, inflight: [], exited: new Promise((resolve) => w.once('exit', () => resolve())) };
      w.unref();
      w.on('message', (msg: { id: number; result?: unknown; error?: string }) => this.done(slot, msg));
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`codec worker exited with code ${code}`));
        else this.fail(new Error(this.closing ? 'codec pool closed' : 'codec worker stopped'));
      });
      this.slots.push(slot);
    }
  }

  /** Decodes a chunk; the payload's ArrayBuffer is transferred (the caller passes a copy). */
  decode(job: DecodeJob): Promise<DecodedChunk> {
    return this.post({ decode: job }, [job.payload.buffer as ArrayBuffer]).then((r) => {
      const { data, digest } = r as { data: Uint8Array; digest: Uint8Array };
      return { data: Buffer.from(data.buffer, data.byteOffset, data.length), digest: Buffer.from(digest) };
    });
  }

  /**
   * Lets every worker finish what it was sent, then stop. Workers are asked rather than
   * terminated: terminating one that is still loading its modules can hang under a module
   * loader (tsx). Referenced until they exit, so that the event loop waits for them.
   */
  async close(): Promise<void> {
    this.closing = true;
    for (const s of this.slots) {
      s.worker.ref();
      s.worker.postMessage({ close: true });
    }
    await Promise.all(this.slots.map((s) => s.exited));
    this.slots.length = 0;
  }

  /** Posts `body` to the least busy worker. */
  private post(body: object, transfer: ArrayBuffer[]): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const slot = this.slots.reduce((a, b) => (b.inflight.length < a.inflight.length ? b : a));
      const settle = (msg: { result?: unknown; error?: string }): void =>
        msg.error === undefined ? resolve(msg.result) : reject(new Error(msg.error));
      slot.inflight.push({ settle, reject });
      slot.worker.ref(); // a busy worker keeps the process alive until its results arrive
      slot.worker.postMessage({ id: this.nextId++, ...body }, transfer);
    });
  }

  private done(slot: Slot, msg: { id: number; result?: unknown; error?: string }): void {
    const p = slot.inflight.shift();
    if (slot.inflight.length === 0 && !this.closing) slot.worker.unref();
    p?.settle(msg);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const s of this.slots) for (const p of s.inflight.splice(0)) p.reject(err);
  }
}
