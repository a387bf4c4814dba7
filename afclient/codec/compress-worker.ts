// Codec worker: decodes chunks for the archive reader. Buffers travel by transfer, and back.
// (The writer's batches are encoded natively, on threads of afbackup's own: encode-batch.ts.)
import { parentPort } from 'node:worker_threads';
import { decodeChunk, type DecodeJob } from './decode-chunk.js';

const port = parentPort;
if (!port) throw new Error('compress-worker.ts must run as a worker thread');

port.on('message', (msg: { id: number; decode?: DecodeJob; close?: true }) => {
  if (msg.close) process.exit(0); // ends this thread only
  try {
    const r = decodeChunk(msg.decode!);
    // The digest is a small Buffer that may share Node's buffer pool: it is copied, not transferred.
    port.postMessage({ id: msg.id, result: r }, [r.data.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
