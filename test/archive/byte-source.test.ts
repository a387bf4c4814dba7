// The reader's input buffering: requests that straddle input buffers, payloads viewed in pieces
// without joining, skipping across buffers, and the search for a sync marker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ByteSource } from '../../protocol/archive/byte-source.js';
import { SYNC } from '../../protocol/archive/format.js';

const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff));
const split = (b: Buffer, size: number): Buffer[] => Array.from({ length: Math.ceil(b.length / size) }, (_, i) => b.subarray(i * size, (i + 1) * size));

test('pieces views straddling bytes without joining them; skip moves across input buffers', async () => {
  const data = bytes(1000);
  const src = new ByteSource(split(data, 100), 50);
  assert.ok(await src.ensure(10));
  src.skip(10);
  assert.ok(await src.fill(350));
  const ps = src.pieces(350);
  assert.ok(ps.length >= 4, 'the bytes stay in their input buffers');
  assert.deepEqual(Buffer.concat(ps), data.subarray(10, 360));
  src.skip(350);
  assert.equal(src.pos, 50 + 360);
  assert.ok(await src.ensure(5));
  assert.deepEqual(src.peek(5), data.subarray(360, 365));
  assert.equal(await src.fill(641), false, 'the input ends first');
  assert.ok(await src.fill(640));
  src.skip(640);
  assert.equal(await src.ensure(1), false);
});

test('ensure joins straddling bytes into one view, leaving later input where it is', async () => {
  const data = bytes(5000);
  const src = new ByteSource(split(data, 1000), 0);
  assert.ok(await src.ensure(990));
  src.skip(990);
  assert.ok(await src.ensure(30));
  assert.deepEqual(src.peek(30), data.subarray(990, 1020));
  src.skip(30);
  assert.ok(await src.ensure(2500));
  assert.deepEqual(src.peek(2500), data.subarray(1020, 3520));
  src.skip(2500);
  assert.equal(await src.ensure(1481), false);
  assert.equal(src.available, 1480, 'what there is stays available');
  assert.deepEqual(src.peek(1480), data.subarray(3520));
});

test('findSync finds a marker split across input buffers, and counts what it skipped', async () => {
  const garbage = Buffer.from(bytes(3000).map((b) => (b === SYNC[0] ? 0 : b)));
  const data = Buffer.concat([garbage, SYNC, Buffer.from('rest')]);
  for (const size of [1, 3, 7, 1000]) {
    const src = new ByteSource(split(data, size), 0);
    const r = await src.findSync();
    assert.deepEqual(r, { found: true, skipped: garbage.length }, `input in pieces of ${size}`);
    assert.ok(await src.ensure(SYNC.length));
    assert.deepEqual(src.peek(SYNC.length), SYNC);
    assert.equal(src.pos, garbage.length);
  }
  const none = new ByteSource(split(garbage, 64), 0);
  assert.deepEqual(await none.findSync(), { found: false, skipped: garbage.length });
});
