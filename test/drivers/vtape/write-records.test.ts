// TapeDevice.writeRecords on the virtual tape: a batch gets, record for record, what the same
// records written with single write() calls get (writeRecordsOneByOne on a twin cartridge), st's
// end-of-medium rules included: the early warning and the physical end falling inside a batch,
// refused sizes, filemarks and motions between batches. What lands is the same frames, which a
// fresh load of the file finds again. A kill in the middle of batches is in crash.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { writeRecordsOneByOne, type RecordsWritten } from '../../../drivers/tape/tape-device.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record, tapeContents, tempCartridge, type TempCartridge } from './helpers.js';

const MAX_BLOCK = 4096;
const FIXED = 512;

type Step = { op: 'batch'; sizes: number[] } | { op: 'weof' | 'bsr' | 'eom' | 'fsr' };

function steps(fixed: boolean): fc.Arbitrary<Step[]> {
  const size = fixed
    ? fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 6 }).map((n) => n * FIXED) }, { weight: 1, arbitrary: fc.constant(700) })
    : fc.oneof({ weight: 18, arbitrary: fc.integer({ min: 1, max: 3000 }) }, { weight: 1, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(MAX_BLOCK + 1) });
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 8, arbitrary: fc.record({ op: fc.constant('batch' as const), sizes: fc.array(size, { minLength: 1, maxLength: 10 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('weof' as const, 'bsr' as const, 'eom' as const, 'fsr' as const) }) },
  );
  return fc.array(step, { minLength: 1, maxLength: 14 });
}

/** A batch's outcome in comparable form. */
function outcome(r: RecordsWritten): string {
  if (r.stop === undefined) return `${r.written}`;
  if ('bytes' in r.stop) return `${r.written} short ${r.stop.bytes}`;
  const e = r.stop.error;
  return `${r.written} ${isTapeError(e) ? e.message : `not a TapeError: ${String(e)}`}`;
}

async function settled(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (isTapeError(e)) return e.message;
    throw e;
  }
}

const open = (c: TempCartridge, flavour: 'write-lands' | 'write-rejected'): Promise<VirtualTape> =>
  VirtualTape.open(c.file, { name: 'vtape:twin', earlyWarning: flavour, maxBlock: MAX_BLOCK, report: (m) => assert.fail(`unexpected repair: ${m}`) });

for (const flavour of ['write-lands', 'write-rejected'] as const) {
  for (const fixed of [false, true]) {
    describe(`writeRecords (${flavour}, ${fixed ? 'fixed' : 'variable'} block mode)`, () => {
      it('gives each record what single writes give, through the early warning to the physical end', async () => {
        let sawEarlyWarningInside = false;
        let sawPhysicalEndInside = false;
        await fc.assert(
          fc.asyncProperty(steps(fixed), async (plan) => {
            const params = { capacityBytes: 30_000, earlyWarningBytes: 8_000 };
            const [ca, cb] = [await tempCartridge(params), await tempCartridge(params)];
            const drives: VirtualTape[] = [];
            try {
              const [a, b] = [await open(ca, flavour), await open(cb, flavour)];
              drives.push(a, b);
              if (fixed) await Promise.all([a.op('setblk', FIXED), b.op('setblk', FIXED)]);
              let i = 0;
              for (const s of plan) {
                if (s.op === 'batch') {
                  const bufs = s.sizes.map((n) => record(i++, n));
                  const [ra, rb] = [await a.writeRecords(bufs), await writeRecordsOneByOne(b, bufs)];
                  assert.equal(outcome(ra), outcome(rb), `batch of ${s.sizes.join(',')}`);
                  if (ra.stop !== undefined && ra.written < bufs.length - 1) {
                    const why = 'error' in ra.stop && isTapeError(ra.stop.error, 'ENOSPC') ? ra.stop.error.message : '';
                    if (/early warning/.test(why)) sawEarlyWarningInside = true;
                    if (/physical end/.test(why) || 'bytes' in ra.stop) sawPhysicalEndInside = true;
                  }
                } else {
                  const op = s.op === 'weof' ? 'weofi' : s.op;
                  assert.equal(await settled(a.op(op, 1)), await settled(b.op(op, 1)), s.op);
                }
                assert.deepEqual(await a.status(), await b.status());
                assert.equal(await a.tell(), await b.tell());
              }
              // closed and loaded again: at the physical end a rewind would need a filemark that does not fit
              drives.length = 0;
              assert.equal(await settled(a.close()), await settled(b.close()));
              const [a2, b2] = [await open(ca, flavour), await open(cb, flavour)];
              drives.push(a2, b2);
              await a2.op('setblk', 0);
              await b2.op('setblk', 0);
              assert.deepEqual(await tapeContents(a2, MAX_BLOCK), await tapeContents(b2, MAX_BLOCK));
            } finally {
              await Promise.all(drives.map((d) => settled(d.close())));
              await ca.cleanup();
              await cb.cleanup();
            }
          }),
          // besides random plans, one that surely meets the early warning and the physical end mid-batch
          { numRuns: 50, examples: [[[{ op: 'batch', sizes: Array<number>(12).fill(2048) }, ...Array<Step>(8).fill({ op: 'batch', sizes: [2048, 4096, 4096, 4096, 512] })]]] },
        );
        assert.ok(sawEarlyWarningInside, 'some batch met the early warning before its last record');
        assert.ok(sawPhysicalEndInside, 'some batch met the physical end before its last record');
      });
    });
  }
}

describe('writeRecords', () => {
  it('uses checksums announced with prepareWrite, and writes every record of a batch as its own frame', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      const bufs = [record(0, 1000), record(1, 70_000), record(2, 1)];
      for (const b of bufs) tape.prepareWrite(b);
      assert.deepEqual(await tape.writeRecords(bufs), { written: 3 });
      assert.deepEqual(await tape.writeRecords([]), { written: 0 });
      assert.equal(await tape.tell(), 3);
      await tape.close();
      const again = await VirtualTape.open(c.file);
      const buf = Buffer.alloc(100_000);
      for (const b of bufs) {
        const n = await again.read(buf);
        assert.ok(buf.subarray(0, n).equals(b));
      }
      await again.close();
    } finally {
      await c.cleanup();
    }
  });

  it('stops at the first record a drive without a cartridge or a write-protected one refuses', async () => {
    const c = await tempCartridge({ writeProtected: true });
    try {
      const empty = await VirtualTape.open(null);
      const r = await empty.writeRecords([record(0, 10)]);
      assert.equal(r.written, 0);
      assert.ok(r.stop && 'error' in r.stop && isTapeError(r.stop.error, 'EIO'));
      await empty.close();
      const tape = await VirtualTape.open(c.file);
      const p = await tape.writeRecords([record(0, 0), record(1, 10)]);
      assert.equal(p.written, 1, 'the empty record is written as write() writes it: 0 bytes, no error');
      assert.ok(p.stop && 'error' in p.stop && isTapeError(p.stop.error, 'EACCES'));
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });
});
