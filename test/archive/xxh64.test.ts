// The assembled XXH64 against values from the reference implementation (libxxhash).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { xxh64Into } from '../../afclient/codec/xxh64.js';

function xxh(data: Uint8Array): string {
  const out = Buffer.alloc(10);
  xxh64Into(data, out, 1);
  assert.equal(out[0], 0);
  assert.equal(out[9], 0);
  return out.subarray(1, 9).toString('hex');
}

test('XXH64 matches the reference implementation', () => {
  assert.equal(xxh(Buffer.alloc(0)), 'ef46db3751d8e999');
  assert.equal(xxh(Buffer.from('abc')), '44bc2cf5ad770999');
  assert.equal(xxh(Buffer.from(Array.from({ length: 100 }, (_, i) => i))), '6ac1e58032166597');
  const mib = Buffer.alloc(1 << 20);
  for (let i = 0; i < mib.length; i++) mib[i] = (i * 7 + (i >> 8)) & 255;
  assert.equal(xxh(mib), 'abc3787cb3499706');
  const max = Buffer.alloc(4 << 20);
  for (let i = 0; i < max.length; i++) max[i] = (i * 13) & 255;
  assert.equal(xxh(max), '02a92400e1d4a47b');
  // A view into a larger buffer hashes only its own bytes.
  assert.equal(xxh(Buffer.concat([Buffer.from('xxabcyy')]).subarray(2, 5)), '44bc2cf5ad770999');
});
