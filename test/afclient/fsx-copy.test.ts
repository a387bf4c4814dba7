// fsx.copyBytes, the writer's memmove into its batches: the bytes copyWithin and
// Buffer.copy would give, in shared and unshared memory, overlapping both ways, at any offset;
// a range outside either array is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fsx } from '../../afclient/fsx.js';

const pattern = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff));

test('copyBytes moves what copyWithin and Buffer.copy move', () => {
  for (const shared of [false, true]) {
    const make = (n: number): Buffer => {
      const b = Buffer.from(shared ? new SharedArrayBuffer(n) : new ArrayBuffer(n));
      pattern(n).copy(b);
      return b;
    };
    for (const [to, from, len] of [[0, 13, 4000], [13, 0, 4000], [5, 6, 1], [1000, 3, 0], [3, 3, 100]] as const) {
      const got = make(5000);
      const want = Buffer.from(pattern(5000));
      fsx.copyBytes(got, to, got, from, len);
      want.copyWithin(to, from, from + len);
      assert.deepEqual(Buffer.from(got), want, `shared ${shared}: ${len} bytes from ${from} to ${to}`);
    }
    const dst = make(300);
    const src = Buffer.from('a source of some bytes');
    fsx.copyBytes(dst, 101, src, 2, 6);
    assert.equal(dst.subarray(101, 107).toString(), 'source');
    // Views with their own offset into a larger buffer count from the view's start.
    fsx.copyBytes(dst.subarray(200), 1, src.subarray(12), 0, 4);
    assert.equal(dst.subarray(201, 205).toString(), 'some');
  }
});

test('copyBytes refuses ranges outside the arrays and what is not a Uint8Array', () => {
  const b = Buffer.alloc(10);
  assert.throws(() => fsx.copyBytes(b, 8, b, 0, 3), RangeError);
  assert.throws(() => fsx.copyBytes(b, 0, b, 8, 3), RangeError);
  assert.throws(() => fsx.copyBytes(b, -1, b, 0, 1), RangeError);
  assert.throws(() => fsx.copyBytes(new Uint16Array(4) as unknown as Uint8Array, 0, b, 0, 1), TypeError);
});
