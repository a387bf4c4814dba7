// The memory BlockedReader reads ahead into stays bounded when the records are larger than the
// reader expected: after the one read with the drive's largest buffer (16 MiB on the virtual
// tape), the buffers are sized to the records seen and each readRecords call to about 2 MiB.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BlockedReader, BlockedWriter } from '../../../drivers/layout/index.js';
import type { TapeDevice } from '../../../drivers/tape/tape-device.js';
import { TapeRecordWriter } from '../../../drivers/tape/tape-writer.js';
import { collect, scratchTape, testBytes } from '../tape/test-tapes.js';

test('records larger than expected: read-ahead buffers sized to the records, calls to about 2 MiB', async () => {
  const t = await scratchTape();
  try {
    const blockSize = 1 << 20;
    const data = testBytes(12 * blockSize, 31);
    const w = new BlockedWriter(new TapeRecordWriter(t.dev), { blockSize });
    await w.write(data);
    await w.finishTapeFile({ endOfStream: true });
    await t.dev.op('rewind');
    const dev = t.dev;
    assert.ok(dev.readRecords, 'the virtual tape reads batches');
    assert.ok(dev.limits().maxBlock > 4 * blockSize, 'the largest block is well above the records');
    const calls: number[][] = [];
    const spy: TapeDevice = Object.create(dev, {
      readRecords: {
        value: (bufs: readonly Uint8Array[]) => {
          calls.push(bufs.map((b) => b.length));
          return dev.readRecords!(bufs);
        },
      },
    }) as TapeDevice;
    const expected = 64 * 1024;
    const r = new BlockedReader(spy, { blockSize: expected });
    assert.ok((await collect(r)).equals(data));
    assert.deepEqual(r.damaged, []);
    // the calls before the first record was seen had the expected size, and read nothing
    const first = calls.findIndex((sizes) => sizes[0] !== expected);
    assert.ok(first > 0, 'the records after the first were read in batches');
    assert.ok(calls.slice(0, first).every((sizes) => sizes.every((n) => n === expected)));
    for (const sizes of calls.slice(first)) {
      for (const n of sizes) assert.equal(n, blockSize, `a read-ahead buffer of ${n} bytes for records of ${blockSize}`);
      assert.ok(sizes.reduce((a, b) => a + b, 0) <= 2 << 20, `one call read into ${sizes.length} buffers of ${sizes[0]} bytes`);
    }
  } finally {
    await t.done();
  }
});
