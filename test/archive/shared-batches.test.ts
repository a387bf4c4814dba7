// The writer's batch buffers are SharedArrayBuffers that a codec worker is sent once and then
// named by number (BufferPool, CompressPool.run): every job must reach a worker that holds its
// buffer, whichever worker takes it and however often the buffer comes back, and the result must
// hand the same buffer back. One-off sizes still travel by transfer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OP_COPY, OP_STRIDE, type BatchJob } from '../../afclient/codec/encode-batch.js';
import { CompressPool } from '../../afclient/codec/pool.js';
import { BufferPool } from '../../protocol/archive/batch.js';

/** A job whose ops move `pieces` (start, length) of `input` to the front, one after the other. */
function job(input: ArrayBufferLike, pieces: [number, number][]): BatchJob {
  const ops = new Float64Array(pieces.length * OP_STRIDE);
  pieces.forEach(([start, len], i) => ops.set([OP_COPY, start, len, 0, 0], i * OP_STRIDE));
  const fill = Math.max(...pieces.map(([s, l]) => s + l));
  return { input, fill, ops };
}

test('shared batch buffers: sent to each worker once, reused by number, handed back', async () => {
  const buffers = new BufferPool(1 << 16);
  const pool = new CompressPool(2);
  try {
    for (let round = 0; round < 12; round++) {
      // Three buffers (the same ones every round, from the pool) and their jobs at once, so
      // that both workers get some of each.
      const taken: ArrayBufferLike[] = [buffers.take(100), buffers.take(100), buffers.take(100)];
      assert.ok(taken.every((b) => b instanceof SharedArrayBuffer));
      const runs = taken.map(async (b, i) => {
        const text = `round ${round} buffer ${i}`;
        new Uint8Array(b).set(Buffer.from(text), 1000);
        // The space after "round" is left out: the second piece moves left.
        const r = await pool.run(job(b, [[1000, 5], [1006, text.length - 6]]));
        return { r, b, want: text.replace(' ', '') };
      });
      for (const { r, b, want } of await Promise.all(runs)) {
        assert.equal(r.output, b, "the result is the job's own buffer");
        assert.equal(Buffer.from(r.output, 0, r.outLen).toString(), want);
      }
      for (const b of taken) buffers.give(b);
    }
    // A one-off size is an ordinary ArrayBuffer: it goes by transfer and comes back the same way.
    const big = buffers.take(1 << 17);
    assert.ok(!(big instanceof SharedArrayBuffer));
    new Uint8Array(big).set(Buffer.from('one-off'), 50);
    const r = await pool.run(job(big, [[50, 7]]));
    assert.equal(big.byteLength, 0, 'transferred away');
    assert.equal(Buffer.from(r.output, 0, r.outLen).toString(), 'one-off');
  } finally {
    await pool.close();
  }
});
