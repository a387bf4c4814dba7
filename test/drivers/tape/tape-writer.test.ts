import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TapeDevice } from '../../../drivers/tape/tape-device.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { TapeRecordWriter } from '../../../drivers/tape/tape-writer.js';
import { NoTell, NoWeofi, scratchTape } from './test-tapes.js';

const REC = 4096;

function record(i: number): Buffer {
  const b = Buffer.alloc(REC, i & 0xff);
  b.writeUInt32LE(i, 0);
  return b;
}

/** Reads tape file 0 back: the numbers of the records on it, in order. */
async function recordNumbers(dev: TapeDevice): Promise<number[]> {
  await dev.op('rewind');
  const out: number[] = [];
  const buf = Buffer.alloc(REC * 2);
  for (;;) {
    let n: number;
    try {
      n = await dev.read(buf);
    } catch (e) {
      if (isTapeError(e, 'EIO')) break;
      throw e;
    }
    if (n === 0) break;
    out.push(buf.readUInt32LE(0));
  }
  return out;
}

/** Writes records until the physical end; returns the acknowledged ones and where LEOM began. */
async function fill(w: TapeRecordWriter): Promise<{ acked: number[]; firstLeom: number; leomAfter: boolean[] }> {
  const acked: number[] = [];
  const leomAfter: boolean[] = [];
  let firstLeom = -1;
  for (let i = 0; ; i++) {
    try {
      const r = await w.writeRecord(record(i));
      acked.push(i);
      leomAfter.push(r.logicalEndOfMedium);
      if (r.logicalEndOfMedium && firstLeom < 0) firstLeom = i;
    } catch (e) {
      assert.ok(isTapeError(e, 'ENOSPC'), `expected ENOSPC at the physical end, got ${String(e)}`);
      assert.ok(w.atPhysicalEnd);
      break;
    }
    assert.ok(i < 10_000, 'never reached the physical end');
  }
  return { acked, firstLeom, leomAfter };
}

for (const flavour of ['write-lands', 'write-rejected'] as const) {
  for (const withTell of [true, false]) {
    test(`EW zone (${flavour}, ${withTell ? 'MTIOCPOS' : 'blkno counting'}): writes go on with LEOM, nothing acknowledged is lost`, async () => {
      const t = await scratchTape({ capacityBytes: 200 * REC, earlyWarningBytes: 20 * REC, earlyWarning: flavour });
      try {
        const dev = withTell ? t.dev : new NoTell(t.dev);
        const w = new TapeRecordWriter(dev);
        const { acked, firstLeom, leomAfter } = await fill(w);
        assert.ok(firstLeom > 150 && firstLeom <= 181, `LEOM began at record ${firstLeom}`);
        assert.ok(leomAfter.slice(0, firstLeom).every((x) => !x), 'no LEOM before the early warning');
        assert.ok(leomAfter.slice(firstLeom).every((x) => x), 'LEOM stays set');
        assert.ok(acked.length > firstLeom + 5, 'several records were written inside the EW zone');
        await assert.rejects(w.writeRecord(record(99_999)), (e) => isTapeError(e, 'ENOSPC'));
        const onTape = await recordNumbers(await t.reopen());
        // Without MTIOCPOS a record may be on tape twice (FORMAT.md §7), never missing or reordered.
        const dedup = onTape.filter((x, i) => i === 0 || onTape[i - 1] !== x);
        if (withTell) assert.deepEqual(onTape, acked);
        assert.deepEqual(dedup.slice(0, acked.length), acked);
        assert.ok(dedup.length <= acked.length + 1, 'at most the refused record landed besides the acknowledged ones');
      } finally {
        await t.done();
      }
    });
  }
}

test('before the early warning every write reports no LEOM and lands once', async () => {
  const t = await scratchTape();
  try {
    const w = new TapeRecordWriter(t.dev);
    for (let i = 0; i < 10; i++) assert.deepEqual(await w.writeRecord(record(i)), { logicalEndOfMedium: false });
    await w.writeFilemark();
    assert.deepEqual(await recordNumbers(t.dev), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const p = await w.position();
    assert.equal(p.fileNumber, 1);
  } finally {
    await t.done();
  }
});

test('fixed block mode: one write is several tape blocks, counted as such', async () => {
  const t = await scratchTape({ capacityBytes: 100 * REC, earlyWarningBytes: 10 * REC });
  try {
    await t.dev.op('setblk', 1024);
    const w = new TapeRecordWriter(t.dev);
    const { acked } = await fill(w);
    assert.ok(acked.length >= 90, `only ${acked.length} records acknowledged`);
    // read back as 1024-byte blocks: each acknowledged record is there, in order
    const dev = await t.reopen();
    await dev.op('setblk', 1024);
    const buf = Buffer.alloc(REC);
    for (const i of acked) {
      let got = 0;
      while (got < REC) got += await dev.read(buf.subarray(got, got + 1024));
      assert.equal(buf.readUInt32LE(0), i);
    }
  } finally {
    await t.done();
  }
});

test('filemarks use MTWEOFI, and MTWEOF where the device lacks it', async () => {
  const t = await scratchTape();
  try {
    const dev = new NoWeofi(t.dev);
    const w = new TapeRecordWriter(dev);
    await w.writeRecord(record(1));
    await w.writeFilemark();
    await w.writeRecord(record(2));
    await w.writeFilemark();
    await w.writeFilemark({ flush: true });
    assert.deepEqual(
      dev.ops.filter((o) => o.startsWith('weof')),
      ['weofi', 'weof', 'weof', 'weof'],
    );
    await t.dev.op('rewind');
    await t.dev.op('fsf', 3);
    assert.equal((await t.dev.status()).fileNumber, 3);
  } finally {
    await t.done();
  }
});

/** fill() with writeRecords, `per` records at a time. */
async function fillInBatches(w: TapeRecordWriter, per: number): Promise<{ acked: number[]; leomAfter: boolean[] }> {
  const acked: number[] = [];
  const leomAfter: boolean[] = [];
  for (let i = 0; ; i += per) {
    const bufs = Array.from({ length: per }, (_, k) => record(i + k));
    const r = await w.writeRecords(bufs);
    for (let k = 0; k < r.written; k++) {
      acked.push(i + k);
      leomAfter.push(r.logicalEndOfMedium);
    }
    if (r.failure !== undefined) {
      assert.ok(isTapeError(r.failure, 'ENOSPC'), `expected ENOSPC at the physical end, got ${String(r.failure)}`);
      assert.ok(r.written < per && w.atPhysicalEnd);
      return { acked, leomAfter };
    }
    assert.equal(r.written, per);
    assert.ok(i < 10_000, 'never reached the physical end');
  }
}

for (const flavour of ['write-lands', 'write-rejected'] as const) {
  for (const withTell of [true, false]) {
    for (const fixed of [0, 1024]) {
      test(`writeRecords (${flavour}, ${withTell ? 'MTIOCPOS' : 'blkno counting'}, ${fixed ? 'fixed' : 'variable'} mode) puts on tape what writeRecord one by one does`, async () => {
        const opts = { capacityBytes: 200 * REC + 500, earlyWarningBytes: 20 * REC, earlyWarning: flavour };
        const [one, many] = [await scratchTape(opts), await scratchTape(opts)];
        try {
          if (fixed) await Promise.all([one.dev.op('setblk', fixed), many.dev.op('setblk', fixed)]);
          const single = await fill(new TapeRecordWriter(withTell ? one.dev : new NoTell(one.dev)));
          const w = new TapeRecordWriter(withTell ? many.dev : new NoTell(many.dev));
          const batched = await fillInBatches(w, 7);
          assert.deepEqual(batched.acked, single.acked);
          assert.ok(batched.leomAfter.at(-1), 'LEOM was reported');
          const leomFrom = batched.leomAfter.indexOf(true);
          assert.ok(leomFrom >= single.firstLeom - 7 && leomFrom <= single.firstLeom, `LEOM from record ${leomFrom}, singly from ${single.firstLeom}`);
          const r = await w.writeRecords([record(99_999)]);
          assert.equal(r.written, 0);
          assert.ok(isTapeError(r.failure, 'ENOSPC'));
          const [a, b] = [await one.reopen(), await many.reopen()];
          if (fixed) await Promise.all([a.op('setblk', 0), b.op('setblk', 0)]);
          assert.deepEqual(await recordNumbers(b), await recordNumbers(a));
        } finally {
          await one.done();
          await many.done();
        }
      });
    }
  }
}

/** fill() with writeRecords, `per` records at a time, `depth` calls outstanding (the next handed over before the one before settled). */
async function fillPipelined(w: TapeRecordWriter, per: number, depth: number): Promise<{ acked: number[]; leomAfter: boolean[]; failedWhole: number }> {
  const acked: number[] = [];
  const leomAfter: boolean[] = [];
  const outstanding: Array<{ first: number; result: ReturnType<TapeRecordWriter['writeRecords']> }> = [];
  let failedWhole = 0;
  let failed = false;
  for (let i = 0; ; i += per) {
    if (!failed) outstanding.push({ first: i, result: w.writeRecords(Array.from({ length: per }, (_, k) => record(i + k))) });
    // the first call alone (it asks the drive where it is), then `depth` at a time
    if (outstanding.length < depth && !failed && i > 0) continue;
    const next = outstanding.shift();
    if (next === undefined) return { acked, leomAfter, failedWhole };
    const r = await next.result;
    if (failed) {
      // behind a failed call: nothing written, the same failure
      assert.equal(r.written, 0);
      assert.ok(isTapeError(r.failure, 'ENOSPC'));
      failedWhole++;
      continue;
    }
    for (let k = 0; k < r.written; k++) {
      acked.push(next.first + k);
      leomAfter.push(r.logicalEndOfMedium);
    }
    if (r.failure !== undefined) {
      assert.ok(isTapeError(r.failure, 'ENOSPC'), `expected ENOSPC at the physical end, got ${String(r.failure)}`);
      failed = true;
    }
    assert.ok(i < 10_000, 'never reached the physical end');
  }
}

for (const flavour of ['write-lands', 'write-rejected'] as const) {
  for (const withTell of [true, false]) {
    test(`writeRecords with calls outstanding (${flavour}, ${withTell ? 'MTIOCPOS' : 'blkno counting'}) puts on tape what writeRecord one by one does`, async () => {
      const opts = { capacityBytes: 200 * REC + 500, earlyWarningBytes: 20 * REC, earlyWarning: flavour };
      const [one, many] = [await scratchTape(opts), await scratchTape(opts)];
      try {
        const single = await fill(new TapeRecordWriter(withTell ? one.dev : new NoTell(one.dev)));
        const w = new TapeRecordWriter(withTell ? many.dev : new NoTell(many.dev));
        const piped = await fillPipelined(w, 5, 3);
        assert.deepEqual(piped.acked, single.acked);
        assert.ok(piped.failedWhole >= 1, 'calls behind the failed one were refused whole');
        const leomFrom = piped.leomAfter.indexOf(true);
        assert.ok(leomFrom >= single.firstLeom - 5 && leomFrom <= single.firstLeom, `LEOM from record ${leomFrom}, singly from ${single.firstLeom}`);
        assert.ok(piped.leomAfter.slice(leomFrom).every((x) => x), 'LEOM stays set');
        assert.deepEqual(await recordNumbers(await many.reopen()), await recordNumbers(await one.reopen()));
      } finally {
        await one.done();
        await many.done();
      }
    });
  }
}
