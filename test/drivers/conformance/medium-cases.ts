// Conformance cases: open and close (rules 1, 3, 4, 9), end of medium (rules 28-29), write
// protection and offline/load (rule 26).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TapeDevice } from '../../../drivers/tape/tape-device.js';
import { rejectsWith, rejectsWithOneOf, type ConformanceDevice, type EarlyWarningFlavour, type Harness } from './harness.js';

/** Medium for the end-of-medium cases: fills in about 70 records of 1000 bytes. */
const SMALL = { capacityBytes: 64 * 1024, earlyWarningBytes: 8 * 1024 };

export function mediumCases(h: Harness): void {
  describe('open and close', () => {
    /** Runs `before` on a fresh device, closes it, and checks where end of data is on the medium. */
    const closeLeaves = (before: (device: TapeDevice) => Promise<void>, endOfData: number) => (t: { skip(m: string): void }) =>
      h.with(async (d: ConformanceDevice) => {
        if (!d.reopen) return t.skip('the driver cannot reopen a medium');
        await before(d.device);
        await d.device.close();
        const again = await d.reopen();
        try {
          await again.op('rewind');
          await again.op('eom');
          assert.equal(await again.tell(), endOfData, 'end of data after close');
        } finally {
          await again.close();
        }
      });

    it('close after a write writes one filemark', closeLeaves(async (device) => {
      await device.write(h.record(0, h.size));
      await device.write(h.record(1, h.size));
    }, 3));

    it('close after weofi writes none', closeLeaves(async (device) => {
      await device.write(h.record(0, h.size));
      await device.op('weofi', 1);
    }, 2));

    it('close after weof writes none', closeLeaves(async (device) => {
      await device.write(h.record(0, h.size));
      await device.op('weof', 1);
    }, 2));

    it('close after a read writes none', closeLeaves(async (device) => {
      await device.write(h.record(0, h.size));
      await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO');
    }, 1));

    it('the filemark close wrote reads as 0, then the second zero, then EIO', (t) =>
      h.with(async (d) => {
        if (!d.reopen) return t.skip('the driver cannot reopen a medium');
        await d.device.write(h.record(0, h.size));
        await d.device.close();
        const again = await d.reopen();
        try {
          await again.op('rewind');
          await h.expectRecord(again, 0, h.size);
          await h.expectRead(again, 0, 'the filemark close wrote');
          await h.expectRead(again, 0, 'second zero');
          await rejectsWith(again.read(Buffer.alloc(65536)), 'EIO');
        } finally {
          await again.close();
        }
      }));

    it('a second open of the drive gives EBUSY', (t) =>
      h.with(async (d) => {
        if (!d.reopen) return t.skip('the driver cannot reopen a medium');
        await rejectsWith(d.reopen(), 'EBUSY');
        await d.device.write(h.record(0, h.size));
        assert.equal(await d.device.tell(), 1, 'the first opener still works');
      }));
  });

  const eomSkip = !h.caps.canSizeMedium && !h.caps.mediumIsSmall && `the suite cannot size the medium of ${h.driverName} and it is not marked small`;
  for (const flavour of h.caps.earlyWarningFlavours) {
    describe(`end of medium, early warning flavour '${flavour}'`, { skip: eomSkip }, () => {
      it('ENOSPC from early warning on, alternating; ENOSPC at the physical end, then nothing is written; close EIO', () =>
        h.with(async ({ device }) => fillMedium(h, device, flavour), { ...SMALL, earlyWarning: flavour }));
    });
  }

  describe('write protection', () => {
    it('EACCES on write and weof; reading still works', { skip: !h.caps.writeProtect && (h.caps.cannotWriteProtect ?? 'the driver cannot write-protect') }, () =>
      h.with(async ({ device }) => {
        const protect = h.caps.writeProtect!;
        await device.write(h.record(0, h.size));
        await device.op('weof', 1);
        await protect(true);
        try {
          await device.op('rewind');
          assert.equal((await device.status()).writeProtected, true);
          await rejectsWith(device.write(h.record(1, h.size)), 'EACCES', 'write');
          await rejectsWith(device.op('weof', 1), 'EACCES', 'weof');
          await h.expectRecord(device, 0, h.size);
        } finally {
          await protect(false);
        }
      }));
  });

  describe('offline and load', () => {
    it('offline opens the door (after the pending filemark); I/O fails until load brings it back at BOT', () =>
      h.with(async ({ device }) => {
        await device.write(h.record(0, h.size));
        await device.op('offline');
        let s = await device.status();
        assert.equal(s.doorOpen, true);
        assert.equal(s.online, false);
        // st answers ENOMEDIUM where the virtual tape answers EIO; both mean "no medium".
        await rejectsWithOneOf(device.read(Buffer.alloc(65536)), ['EIO', 'ENOMEDIUM'], 'read while offline');
        await rejectsWithOneOf(device.write(h.record(1, h.size)), ['EIO', 'ENOMEDIUM'], 'write while offline');
        await device.op('load');
        s = await device.status();
        assert.equal(s.online, true);
        assert.equal(s.doorOpen, false);
        assert.equal(s.bot, true);
        await h.expectRecord(device, 0, h.size);
        await h.expectRead(device, 0, 'the filemark offline wrote');
      }));
  });
}

/**
 * Writes records until the early warning, checks the alternation that follows and the physical
 * end (rules 28-29, variable block mode). Sizes are not assumed (a real drive's medium is what it
 * is): the case counts on tell() to learn whether each write landed.
 *
 * At the physical end a variable-mode write is never cut short: the write in an accepting turn
 * fails with ENOSPC. Whether its record is on tape differs (scsi_debug: it is, tell counts it; a
 * drive that refuses it: it is not), so the case asks tell(), as a writer must. From then on
 * every write fails with ENOSPC and writes nothing, and close() cannot write its filemark: EIO.
 */
async function fillMedium(h: Harness, device: TapeDevice, flavour: EarlyWarningFlavour): Promise<void> {
  const size = Math.max(1000, h.caps.minBlock);
  const record = h.record(0, size);
  const limit = 100_000;
  let written = 0;
  let first: unknown = null;
  for (; written < limit && first === null; written++) {
    try {
      assert.equal(await device.write(record), size, `write ${written} before the early warning`);
    } catch (e) {
      first = e;
    }
  }
  written--;
  assert.ok(first !== null, `no early warning after ${limit} records`);
  assert.equal((first as { code?: unknown }).code, 'ENOSPC', `the early warning is ENOSPC, not ${String(first)}`);
  let address = await device.tell();
  assert.equal(address, flavour === 'write-lands' ? written + 1 : written, `whether the first ENOSPC write landed (${flavour})`);

  // From here ENOSPC (not written) and success alternate until the physical end.
  let acceptNext = flavour === 'write-rejected';
  let physicalEnd = false;
  for (let i = 0; i < limit && !physicalEnd; i++) {
    if (!acceptNext) {
      await rejectsWith(device.write(record), 'ENOSPC', `write ${i} after the early warning (refused in turn)`);
      assert.equal(await device.tell(), address, 'a refused write is not on the medium');
    } else {
      try {
        assert.equal(await device.write(record), size, `write ${i} after the early warning (accepted in turn): never short in variable mode`);
        assert.equal(await device.tell(), address + 1, 'an accepted write is one record');
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'ENOSPC') throw e;
        physicalEnd = true;
        const now = await device.tell();
        assert.ok(now === address || now === address + 1, `the ENOSPC write at the physical end moved the tape from ${address} to ${now}`);
      }
      address = await device.tell();
    }
    acceptNext = !acceptNext;
  }
  assert.ok(physicalEnd, 'never reached the physical end');
  for (let i = 0; i < 2; i++) await rejectsWith(device.write(record), 'ENOSPC', 'write after the physical end');
  assert.equal(await device.tell(), address, 'nothing is written after the physical end');
  await rejectsWith(device.close(), 'EIO', 'close: no room for the filemark');
}
