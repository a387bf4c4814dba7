// The queue of entries waiting in the archive writer: first in, first out, whatever the mix of
// pushes and removals, also past the point where it compacts its storage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Fifo } from '../../../afclient/backup/run/pack-entries.js';

describe('pack-entries Fifo', () => {
  it('gives back what an array with shift() gives back, for any sequence of pushes and removals', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant<'shift'>('shift'), fc.integer({ min: 1, max: 3000 })), { maxLength: 60 }), (ops) => {
        const fifo = new Fifo<number>();
        const model: number[] = [];
        let next = 0;
        for (const op of ops) {
          if (op === 'shift') {
            assert.equal(fifo.first(), model[0]);
            assert.equal(fifo.shift(), model.shift());
          } else {
            // A burst of pushes, then removal of most of it: crosses the compaction threshold.
            for (let i = 0; i < op; i++) {
              fifo.push(next);
              model.push(next++);
            }
            for (let i = 0; i < op - 1; i++) assert.equal(fifo.shift(), model.shift());
          }
          assert.equal(fifo.size, model.length);
        }
        while (model.length > 0) assert.equal(fifo.shift(), model.shift());
        assert.equal(fifo.shift(), undefined);
        assert.equal(fifo.first(), undefined);
        assert.equal(fifo.size, 0);
      }),
      { numRuns: 200 },
    );
  });
});
