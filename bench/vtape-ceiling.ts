// The ceiling of a verifying read of a vtape cartridge: each record's frame and payload in one
// pread into a reused buffer (dd's pattern), its frame decoded and its payload CRC-64 and block
// CRC-32 checked by the drivers' own functions (in C), nothing handed out. A reader that checks what dd does not cannot beat this on as many cores.
// bench/vtape.ts runs it on one thread, and on two threads that each take half of the records
// (worker threads of this same file), the most a two-core machine can give any verifying reader.
import fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { openBlock } from '../drivers/layout/block-format.js';
import { decodeFrame, FORMAT_VERSION, FRAME_SIZE, HEADER_SIZE, payloadChecksum } from '../drivers/vtape/format.js';

interface Slice {
  file: string;
  blockSize: number;
  /** Index of the first record to verify; all records before it are blockSize long. */
  first: number;
  /** How many records at most; the filemark ends the slice earlier. */
  count: number;
}

/** Verifies the records of `slice`; returns how many were data records. */
export function verifyRecords(slice: Slice): number {
  const fd = fs.openSync(slice.file, 'r');
  try {
    const buf = Buffer.allocUnsafe(FRAME_SIZE + slice.blockSize);
    let records = 0;
    for (let at = HEADER_SIZE + slice.first * (FRAME_SIZE + slice.blockSize); records < slice.count; ) {
      const n = fs.readSync(fd, buf, 0, buf.length, at);
      if (n < FRAME_SIZE) return records;
      const frame = decodeFrame(buf, 0, FORMAT_VERSION);
      if (!frame) throw new Error(`record at offset ${at}: frame checksum mismatch`);
      if (frame.kind === 'filemark') return records;
      const payload = buf.subarray(FRAME_SIZE, FRAME_SIZE + frame.length);
      if (payloadChecksum(FORMAT_VERSION, payload) !== frame.payloadChecksum) throw new Error(`record at offset ${at}: payload checksum mismatch`);
      const block = openBlock(payload);
      if (!block.ok) throw new Error(`record at offset ${at}: ${block.reason}`);
      records++;
      at += FRAME_SIZE + frame.length;
    }
    return records;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The same over `threads` worker threads, each on a contiguous share of the `records` records.
 * The threads are started and loaded first; the clock runs from the go to the last answer.
 */
export async function verifyRecordsOnThreads(file: string, blockSize: number, records: number, threads: number): Promise<{ ms: number; verified: number }> {
  const share = Math.ceil(records / threads);
  const workers = Array.from({ length: threads }, (_, i) => {
    const slice: Slice = { file, blockSize, first: i * share, count: share };
    // A worker does not inherit the main thread's tsx hooks: it registers them before loading this file.
    const load = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    return new Worker(load, { eval: true, workerData: slice });
  });
  try {
    await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.once('message', resolve).once('error', reject))));
    const t0 = performance.now();
    const counts = await Promise.all(
      workers.map(
        (w) =>
          new Promise<number>((resolve, reject) => {
            w.once('message', (n: number) => resolve(n)).once('error', reject);
            w.postMessage('go');
          }),
      ),
    );
    return { ms: performance.now() - t0, verified: counts.reduce((a, b) => a + b, 0) };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.once('message', () => port.postMessage(verifyRecords(workerData as Slice)));
  port.postMessage('ready');
}
