// Codec worker: encodes batches for the archive writer and decodes chunks for the reader.
// Buffers travel by transfer, and back.
import { parentPort } from 'node:worker_threads';
import { decodeChunk, type DecodeJob } from './decode-chunk.js';
import { encodeBatch, type BatchJob } from './encode-batch.js';

const port = parentPort;
if (!port) throw new Error('compress-worker.ts must run as a worker thread');

function encode(job: BatchJob): { reply: unknown; transfer: ArrayBuffer[] } {
  const r = encodeBatch(job);
  return { reply: r, transfer: [r.output, r.digests.buffer as ArrayBuffer] };
}

function decode(job: DecodeJob): { reply: unknown; transfer: ArrayBuffer[] } {
  const r = decodeChunk(job);
  // The digest is a small Buffer that may share Node's buffer pool: it is copied, not transferred.
  return { reply: r, transfer: [r.data.buffer as ArrayBuffer] };
}

port.on('message', (msg: { id: number; job?: BatchJob; decode?: DecodeJob; close?: true }) => {
  if (msg.close) process.exit(0); // ends this thread only
  try {
    const { reply, transfer } = msg.decode ? decode(msg.decode) : encode(msg.job!);
    port.postMessage({ id: msg.id, result: reply }, transfer);
  } catch (err) {
    port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
