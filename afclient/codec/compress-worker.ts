// Codec worker: encodes batches for the archive writer and decodes chunks for the reader.
// Batch buffers are the writer's shared ones (each sent once, then named by number); other
// buffers travel by transfer, and back.
import { parentPort } from 'node:worker_threads';
import { decodeChunk, type DecodeJob } from './decode-chunk.js';
import { encodeBatch, type BatchJob } from './encode-batch.js';

const port = parentPort;
if (!port) throw new Error('compress-worker.ts must run as a worker thread');

/** The writer's shared batch buffers by number: each is sent once, then named (CompressPool.run). */
const shared = new Map<number, SharedArrayBuffer>();

/** A batch job as it arrives: a shared buffer the worker already holds comes as its number only. */
type PostedJob = Omit<BatchJob, 'input'> & { input?: ArrayBufferLike; shared?: number };

function encode(posted: PostedJob): { reply: unknown; transfer: ArrayBuffer[] } {
  const { shared: n, ...rest } = posted;
  let input = rest.input;
  if (n !== undefined) {
    if (input) shared.set(n, input as SharedArrayBuffer);
    else input = shared.get(n);
  }
  if (!input) throw new Error(`batch job names shared buffer ${n}, which this worker was never sent`);
  const r = encodeBatch({ ...rest, input });
  const digests = r.digests.buffer as ArrayBuffer;
  if (n !== undefined) return { reply: { ...r, output: undefined }, transfer: [digests] };
  return { reply: r, transfer: [r.output as ArrayBuffer, digests] };
}

function decode(job: DecodeJob): { reply: unknown; transfer: ArrayBuffer[] } {
  const r = decodeChunk(job);
  // The digest is a small Buffer that may share Node's buffer pool: it is copied, not transferred.
  return { reply: r, transfer: [r.data.buffer as ArrayBuffer] };
}

port.on('message', (msg: { id: number; job?: PostedJob; decode?: DecodeJob; close?: true }) => {
  if (msg.close) process.exit(0); // ends this thread only
  try {
    const { reply, transfer } = msg.decode ? decode(msg.decode) : encode(msg.job!);
    port.postMessage({ id: msg.id, result: reply }, transfer);
  } catch (err) {
    port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
