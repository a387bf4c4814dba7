// The encoding threads (native/encode-pool.h) outlive the JavaScript threads that queue batches
// on them: a worker thread that ends, is terminated or exits while its batches are queued or being
// encoded must not have them written into its freed memory or answered through its freed
// threadsafe function, and the addon must stay loaded for the threads still running its code.
// Each case runs in a process of its own, whose crash would show as a signal.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

const addon = path.resolve(import.meta.dirname, '../../build/Release/packio.node');

// A worker that queues `jobs` slow batches (4 MiB of noise at level 19: some 100 ms each) and
// then does `end` ('terminate' from outside, 'exit' from inside, 'return' once they are encoded).
const SCRIPT = `
const { Worker } = require('node:worker_threads');
const addon = ${JSON.stringify(addon)};
const end = process.argv[1];
const workerCode = \`
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const packio = require(workerData.addon);
const jobs = [];
for (let i = 0; i < 4; i++) {
  const buf = new Uint8Array(28 + (4 << 20));
  crypto.randomFillSync(buf);
  jobs.push(packio.encodeBatch(buf, Float64Array.of(2, 28, 4 << 20, 0, 19), new Float64Array(2), new Uint8Array(8), null, false));
}
parentPort.postMessage('queued');
if (workerData.end === 'exit') setTimeout(() => process.exit(0), 30);
if (workerData.end === 'return') Promise.all(jobs).then((lens) => parentPort.postMessage(lens.join(',')));
\`;
const w = new Worker(workerCode, { eval: true, workerData: { addon, end } });
w.on('message', (m) => {
  if (m === 'queued' && end === 'terminate') setTimeout(() => w.terminate(), 30);
  else if (m !== 'queued') console.log('encoded', m);
});
w.on('exit', () => {
  // The main thread encodes after the worker has gone: threads, queue and addon still sound.
  const packio = require(addon);
  const buf = new Uint8Array(28 + 100000).fill(7);
  packio.encodeBatch(buf, Float64Array.of(2, 28, 100000, 0, 1), new Float64Array(2), new Uint8Array(8), null, false).then((n) => {
    console.log('main encoded', n > 28 && n < 1000);
  });
});
`;

function runCase(end: 'terminate' | 'exit' | 'return'): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['-e', SCRIPT, end], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

for (const end of ['terminate', 'exit', 'return'] as const) {
  test(`a worker whose batches are being encoded when it ends (${end}) leaves the process and the encoding threads sound`, () => {
    for (let i = 0; i < 3; i++) {
      const r = runCase(end);
      assert.equal(r.signal, null, `run ${i}: killed by ${r.signal}; ${r.stderr}`);
      assert.equal(r.status, 0, `run ${i}: ${r.stderr}`);
      assert.match(r.stdout, /main encoded true/, `run ${i}: the main thread's batch after the worker's end`);
      if (end === 'return') assert.match(r.stdout, /encoded \d+,\d+,\d+,\d+/, 'the worker got its answers');
    }
  });
}
