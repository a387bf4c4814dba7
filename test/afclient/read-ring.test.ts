// The packer's read memory (afclient/pack/read-ring.ts): whatever the sizes asked for, the most
// recent allocations totalling up to two chunks (what the reader and its consumer may still be
// using) are never handed out again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CHUNK } from '../../afclient/pack/file-source.js';
import { ReadRing } from '../../afclient/pack/read-ring.js';

test('ReadRing never overwrites the last two chunks of allocations', () => {
  const sizes = fc.oneof(fc.integer({ min: 1, max: 4096 }), fc.integer({ min: CHUNK - 4096, max: CHUNK }), fc.integer({ min: 1, max: CHUNK }));
  fc.assert(
    fc.property(fc.array(sizes, { minLength: 1, maxLength: 60 }), (list) => {
      const ring = new ReadRing();
      const live: Array<{ b: Buffer; v: number }> = [];
      list.forEach((size, i) => {
        const b = ring.alloc(size);
        assert.equal(b.length, size);
        const v = i % 251;
        b.fill(v);
        live.push({ b, v });
        // Keep only what the contract protects: the newest allocations up to 2 * CHUNK bytes in all.
        let total = 0;
        for (let k = live.length - 1; k >= 0; k--) {
          total += live[k]!.b.length;
          if (total > 2 * CHUNK) {
            live.splice(0, k + 1);
            break;
          }
        }
        for (const l of live) assert.ok(l.b.every((x) => x === l.v), 'a protected allocation was overwritten');
      });
    }),
    { numRuns: 60 },
  );
});

test('ReadRing refuses more than a chunk at once', () => {
  assert.throws(() => new ReadRing().alloc(CHUNK + 1), RangeError);
});
