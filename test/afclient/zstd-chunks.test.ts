// The chunk compressor: incompressible chunks are refused (stored raw) without spoiling the next
// chunk, and a large chunk is compressed with a window that covers all of it.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { compressInto, decompressInto } from '../../afclient/codec/zstd.js';

const MiB = 1 << 20;

function roundTrip(src: Buffer, level: number): number {
  const dst = Buffer.alloc(src.length);
  const n = compressInto(dst, src, level);
  if (n < 0) return n;
  const back = Buffer.alloc(src.length);
  decompressInto(back, dst.subarray(0, n));
  assert.ok(back.equals(src), `level ${level}: ${src.length} bytes decode to the same bytes`);
  return n;
}

test('an incompressible chunk is refused and the next chunk still compresses, small and large, at several levels', () => {
  const text = Buffer.from('backup restore tape cartridge label block record filemark\n'.repeat(40000)).subarray(0, 2 * MiB);
  for (const level of [1, 3, -1]) {
    for (const size of [64 << 10, 2 * MiB]) {
      assert.equal(roundTrip(crypto.randomBytes(size), level), -1);
      const n = roundTrip(text.subarray(0, size), level);
      assert.ok(n > 0 && n < size / 10, `level ${level}, ${size} bytes: ${n}`);
    }
  }
});

test('a 4 MiB chunk finds a repeat 2 MiB back (beyond level 1 default window of 512 KiB)', () => {
  const half = crypto.randomBytes(2 * MiB);
  const chunk = Buffer.concat([half, half]);
  const n = roundTrip(chunk, 1);
  assert.ok(n > 0 && n < 2.1 * MiB, `compressed to ${n} bytes`);
});
