// Property: whatever a random mix of writes, filemarks, reads and motions leaves on a cartridge,
// the drive's in-memory view and a fresh load of the file (scan of its frames) agree record for
// record. This is what overwrites in the middle (index and file truncation) must get right.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record, tapeContents, tempCartridge } from './helpers.js';

type Step =
  | { op: 'write'; size: number }
  | { op: 'weof' | 'fsf' | 'bsf' | 'fsr' | 'bsr'; n: number }
  | { op: 'rewind' | 'read' | 'eom' }
  | { op: 'seek'; to: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('write' as const), size: fc.integer({ min: 1, max: 3000 }) }) },
  fc.record({ op: fc.constantFrom('weof' as const, 'fsf' as const, 'bsf' as const, 'fsr' as const, 'bsr' as const), n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constantFrom('rewind' as const, 'read' as const, 'eom' as const) }),
  fc.record({ op: fc.constant('seek' as const), to: fc.integer({ min: 0, max: 30 }) }),
);

it('the in-memory index and a reload of the cartridge file agree after any sequence of operations', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
      const c = await tempCartridge();
      try {
        const tape = await VirtualTape.open(c.file);
        let i = 0;
        for (const s of steps) {
          try {
            if (s.op === 'write') await tape.write(record(i++, s.size));
            else if (s.op === 'read') await tape.read(Buffer.alloc(4096));
            else if (s.op === 'seek') await tape.op('seek', s.to);
            else if ('n' in s) await tape.op(s.op, s.n);
            else await tape.op(s.op);
          } catch (e) {
            if (!isTapeError(e, 'EIO')) throw e; // spacing into BOT, a filemark or end of data
          }
        }
        const live = await tapeContents(tape, 4096);
        await tape.close();
        const again = await VirtualTape.open(c.file, { report: (m) => assert.fail(`unexpected repair: ${m}`) });
        assert.deepEqual(await tapeContents(again, 4096), live);
        await again.close();
      } finally {
        await c.cleanup();
      }
    }),
    { numRuns: 40 },
  );
});
