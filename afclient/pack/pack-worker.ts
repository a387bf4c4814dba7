// Worker thread: walks and reads the files to pack (packer.ts) and sends the entries, in order,
// to the thread that writes the archive. Reading files (open, read, stat, close, xattrs) then
// runs beside the archive writer's hashing and copying instead of taking turns with it.
import { parentPort, workerData } from 'node:worker_threads';
import type { DataSegment } from '../../protocol/archive/entry.js';
import type { Reporter } from '../report.js';
import { noCompressMatcher } from './no-compress.js';
import { pack } from './packer.js';
import { SLAB_SIZE, Slabs } from './slabs.js';
import { asBuffer, BATCH_MESSAGES, type Batch, type ReturnMsg, type WireMsg, type WorkerPackOptions } from './wire.js';

const port = parentPort!;
const opts = workerData as WorkerPackOptions;
const slabs = new Slabs();
let batch: WireMsg[] = [];

port.on('message', (m: ReturnMsg) => slabs.giveBack(m.slabs));

// Flushing seals the current slab, so it happens only where every byte read into a slab has
// its 'seg' message queued: between items and after each segment ("safe points").
function flush(): void {
  slabs.seal();
  if (batch.length === 0 && !slabs.hasSealed) return;
  const sent = slabs.takeSealed();
  const msg: Batch = { msgs: batch, slabs: sent };
  port.postMessage(msg, sent);
  batch = [];
}

function flushIfFull(): void {
  if (batch.length >= BATCH_MESSAGES || slabs.hasSealed) flush();
}

function push(m: WireMsg): void {
  batch.push(m);
}

/** Data that is not in a slab yet (command output) is copied into slabs, a slab at most at a time. */
async function pushSegment(seg: DataSegment): Promise<void> {
  if (slabs.owns(seg.data)) {
    push({ t: 'seg', offset: seg.offset, slab: seg.data.buffer as ArrayBuffer, at: seg.data.byteOffset, length: seg.data.length });
    flushIfFull();
    return;
  }
  for (let done = 0; done < seg.data.length; ) {
    await slabs.room(flush);
    const n = Math.min(SLAB_SIZE, seg.data.length - done);
    const copy = slabs.alloc(n);
    seg.data.copy(copy, 0, done, done + n);
    push({ t: 'seg', offset: seg.offset + BigInt(done), slab: copy.buffer as ArrayBuffer, at: copy.byteOffset, length: n });
    flushIfFull();
    done += n;
  }
}

const nameOf = (name: Buffer | string): Uint8Array | string => (typeof name === 'string' ? name : new Uint8Array(name));
const report: Reporter = {
  problems: 0,
  problem: (name, message) => push({ t: 'problem', name: nameOf(name), message }),
  note: (name, message) => push({ t: 'note', name: nameOf(name), message }),
};

const items = pack({ ...opts, inputs: opts.inputs.map(asBuffer), noCompress: noCompressMatcher(opts.noCompressPatterns), report, alloc: slabs.alloc });
for (;;) {
  await slabs.room(flush); // a small file is read whole while the next item is prepared
  const r = await items.next();
  if (r.done) break;
  const item = r.value;
  push({ t: 'item', meta: item.meta, compress: item.compress, content: item.content !== undefined });
  if (!item.content) {
    flushIfFull();
    continue;
  }
  try {
    const it = item.content[Symbol.asyncIterator]();
    for (;;) {
      await slabs.room(flush); // a large file reads its next chunk when the consumer asks for this one
      const s = await it.next();
      if (s.done) break;
      await pushSegment(s.value);
    }
    push({ t: 'end' });
  } catch (err) {
    push({ t: 'error', message: err instanceof Error ? err.message : String(err) });
  }
  flushIfFull();
}
push({ t: 'done' });
flush();
