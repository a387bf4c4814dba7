import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RecordRuns } from '../../../drivers/dirtape/record-runs.js';
import { formatIndex } from '../../../drivers/dirtape/tape-folder.js';

test('equal-sized records make one run', () => {
  const r = new RecordRuns();
  for (let i = 0; i < 1000; i++) r.append(10240);
  r.append(512);
  assert.deepEqual(r.runs(), [[10240, 1000], [512, 1]]);
  assert.equal(formatIndex(r), 'afbackup-dirtape-records 1\n10240 1000\n512 1\n');
  assert.equal(r.offsetOf(1000), 10240 * 1000);
  assert.equal(r.sizeOf(1000), 512);
  assert.equal(r.bytes, 10240 * 1000 + 512);
});

test('RecordRuns agrees with a plain list of sizes under appends and truncations', () => {
  const action = fc.oneof(
    fc.record({ append: fc.integer({ min: 1, max: 4 }), times: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ truncate: fc.nat(30) }),
  );
  fc.assert(
    fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
      const runs = new RecordRuns();
      const sizes: number[] = [];
      for (const a of actions) {
        if ('append' in a) {
          runs.append(a.append, a.times);
          for (let i = 0; i < a.times; i++) sizes.push(a.append);
        } else {
          const keep = Math.min(a.truncate, sizes.length);
          runs.truncate(keep);
          sizes.length = keep;
        }
        assert.equal(runs.count, sizes.length);
        let off = 0;
        for (let i = 0; i < sizes.length; i++) {
          assert.equal(runs.offsetOf(i), off);
          assert.equal(runs.sizeOf(i), sizes[i]);
          off += sizes[i]!;
        }
        assert.equal(runs.bytes, off);
        assert.equal(runs.offsetOf(sizes.length), off);
        for (let b = 0; b <= off + 1; b++) {
          let k = 0;
          for (let s = 0; k < sizes.length && s + sizes[k]! <= b; k++) s += sizes[k]!;
          assert.equal(runs.recordsWithin(b), k);
        }
      }
    }),
    { numRuns: 200 },
  );
});
