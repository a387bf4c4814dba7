// The packer on its own thread (pack-worker.ts), seen from the thread that writes the archive:
// the same PackItems as pack(), in the same order. File data arrives in slabs (slabs.ts); a slab
// goes back to the worker once the archive writer has taken everything in it. The writer copies
// a segment before it asks for the next one, so asking for the next one releases the last.
import type { DataSegment } from '../../protocol/archive/entry.js';
import type { Reporter } from '../report.js';
import { startWorker } from '../start-worker.js';
import type { PackItem } from './packer.js';
import { reviveMeta, reviveName, type Batch, type ReturnMsg, type WireMsg, type WorkerPackOptions } from './wire.js';

export async function* packInWorker(opts: WorkerPackOptions, report: Reporter): AsyncGenerator<PackItem> {
  const worker = startWorker(import.meta.url, 'pack-worker', opts);
  // Segments not yet consumed per slab; at zero the slab goes back.
  const uses = new Map<ArrayBuffer, number>();
  let done: ArrayBuffer[] = [];
  const queue: WireMsg[][] = [];
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (batch: Batch) => {
    for (const m of batch.msgs) if (m.t === 'seg') uses.set(m.slab, (uses.get(m.slab) ?? 0) + 1);
    // A slab with no data to hand out (a read that failed after taking its space) goes back now.
    for (const slab of batch.slabs) if (!uses.has(slab)) done.push(slab);
    queue.push(batch.msgs);
    signal();
  });
  worker.on('error', (err) => {
    failure = err;
    signal();
  });
  worker.on('exit', () => {
    ended = true;
    signal();
  });

  const giveBack = (): void => {
    if (done.length === 0) return;
    const msg: ReturnMsg = { slabs: done };
    worker.postMessage(msg, done);
    done = [];
  };
  const release = (slab: ArrayBuffer): void => {
    const n = uses.get(slab)! - 1;
    if (n > 0) uses.set(slab, n);
    else {
      uses.delete(slab);
      done.push(slab);
      if (done.length >= 2) giveBack();
    }
  };

  let current: WireMsg[] = [];
  let index = 0;
  const next = async (): Promise<WireMsg> => {
    while (index >= current.length) {
      const batch = queue.shift();
      if (batch) {
        current = batch;
        index = 0;
        continue;
      }
      if (failure) throw new Error(`reading the files failed: ${failure.message}`);
      if (ended) throw new Error('reading the files stopped unexpectedly');
      giveBack(); // the worker may be waiting for slabs before it sends more
      await new Promise<void>((resolve) => (wake = resolve));
    }
    return current[index++]!;
  };
  /** Handles a report message; false for anything else. */
  const reported = (m: WireMsg): boolean => {
    if (m.t === 'problem') report.problem(reviveName(m.name), m.message);
    else if (m.t === 'note') report.note(reviveName(m.name), m.message);
    else return false;
    return true;
  };

  // The content of the item last handed out; read to its end before the next item.
  let open = false;
  async function* content(): AsyncGenerator<DataSegment> {
    while (open) {
      const m = await next();
      if (reported(m)) continue;
      if (m.t === 'seg') {
        try {
          yield { offset: m.offset, data: Buffer.from(m.slab, m.at, m.length) };
        } finally {
          release(m.slab);
        }
      } else {
        open = false;
        if (m.t === 'error') throw new Error(m.message);
        if (m.t !== 'end') throw new Error(`pack worker protocol error: '${m.t}' inside file content`);
      }
    }
  }

  try {
    for (;;) {
      const m = await next();
      if (reported(m)) continue;
      if (m.t === 'done') return;
      if (m.t !== 'item') throw new Error(`pack worker protocol error: '${m.t}' between entries`);
      const meta = reviveMeta(m.meta);
      if (!m.content) {
        yield { meta, compress: m.compress };
        continue;
      }
      open = true;
      yield { meta, content: content(), compress: m.compress };
      // Not (fully) consumed, e.g. after a read error: skip the rest of this entry's data.
      for await (const _ of content());
    }
  } finally {
    await worker.terminate();
  }
}
