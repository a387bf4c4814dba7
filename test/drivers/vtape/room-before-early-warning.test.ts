// VirtualTape.roomBeforeEarlyWarning: what a writer may hand over in large batches before it must
// go record by record to learn of the early warning in time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { tempCartridge } from './helpers.js';

test('room before the early warning: capacity less the zone, records and filemarks; 0 past it; unknown without a cartridge', async () => {
  const c = await tempCartridge({ capacityBytes: 100_000, earlyWarningBytes: 20_000 });
  try {
    const empty = await VirtualTape.open(null);
    assert.equal(empty.roomBeforeEarlyWarning(), undefined);
    await empty.close();
    const tape = await VirtualTape.open(c.file);
    try {
      assert.equal(tape.roomBeforeEarlyWarning(), 80_000);
      await tape.write(Buffer.alloc(30_000));
      await tape.op('weof', 1);
      // a filemark takes 32 bytes of the medium
      assert.equal(tape.roomBeforeEarlyWarning(), 80_000 - 30_000 - 32);
      for (let i = 0; i < 4; i++) await tape.write(Buffer.alloc(10_000));
      await tape.write(Buffer.alloc(9_000));
      assert.equal(tape.roomBeforeEarlyWarning(), 80_000 - 79_032);
      // the next write reaches the zone: the drive says so, and there is no room before it left
      await assert.rejects(tape.write(Buffer.alloc(5_000)), (e) => isTapeError(e, 'ENOSPC'));
      assert.equal(tape.roomBeforeEarlyWarning(), 0);
      await tape.op('rewind');
      assert.equal(tape.roomBeforeEarlyWarning(), 80_000, 'from the start of the tape, everything after it is overwritten');
      await tape.op('offline');
      assert.equal(tape.roomBeforeEarlyWarning(), undefined);
    } finally {
      await tape.close();
    }
  } finally {
    await c.cleanup();
  }
});
