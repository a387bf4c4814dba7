// Virtual-drive behaviour the conformance suite cannot check on every driver: the empty drive and
// the changer's insert/remove, early-warning status and data after the end-of-medium dance,
// fixed-block end of medium, seek past end of data, and argument checks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTapeError, type TapeErrno } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record, tempCartridge } from './helpers.js';

const fails = (code: TapeErrno) => (e: unknown) => isTapeError(e, code);

describe('virtual tape drive', () => {
  it('an empty drive: door open, EIO for I/O; insert loads at BOT, remove gives the cartridge back', async () => {
    const c = await tempCartridge();
    const drive = await VirtualTape.open(null, { name: 'vtape:drive0' });
    try {
      assert.equal(drive.cartridgeFile, null);
      const s = await drive.status();
      assert.equal(s.doorOpen, true);
      assert.equal(s.online, false);
      await assert.rejects(drive.read(Buffer.alloc(10)), fails('EIO'));
      await assert.rejects(drive.write(Buffer.alloc(10)), fails('EIO'));
      await assert.rejects(drive.op('load'), (e) => isTapeError(e, 'EIO') && e.message.startsWith('vtape:drive0: '));
      assert.equal(await drive.remove(), null);
      await assert.rejects(drive.insert(`${c.dir}/missing.vtape`), (e) => isTapeError(e, 'EIO') && /missing\.vtape does not exist/.test(e.message));

      await drive.insert(c.file);
      assert.equal(drive.cartridgeFile, c.file);
      assert.equal((await drive.status()).bot, true);
      await assert.rejects(drive.insert(c.file), fails('EBUSY'));
      await drive.write(record(0, 100));
      assert.equal(await drive.remove(), c.file, 'remove after a write writes the filemark first');
      const elsewhere = await VirtualTape.open(c.file); // removed: free for another drive
      await elsewhere.close();

      await drive.insert(c.file);
      await drive.op('eom');
      assert.equal(await drive.tell(), 2);
      await drive.op('offline');
      assert.equal(drive.cartridgeFile, c.file, 'offline ejects, the changer still has to take it');
      await assert.rejects(drive.tell(), fails('EIO'));
      assert.equal(await drive.remove(), c.file);
    } finally {
      await drive.close().finally(c.cleanup);
    }
  });

  it('a closed drive refuses everything and frees the cartridge', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      await tape.close();
      await tape.close();
      await assert.rejects(tape.read(Buffer.alloc(10)), fails('EIO'));
      await assert.rejects(tape.insert(c.file), fails('EIO'));
      const again = await VirtualTape.open(c.file);
      await again.close();
    } finally {
      await c.cleanup();
    }
  });

  for (const flavour of ['write-lands', 'write-rejected'] as const) {
    it(`early warning (${flavour}): EOT status, and the records that landed are the ones read back`, async () => {
      const c = await tempCartridge({ capacityBytes: 20_000, earlyWarningBytes: 5_000 });
      try {
        const tape = await VirtualTape.open(c.file, { earlyWarning: flavour });
        const landed: number[] = [];
        for (let i = 0; i <= 40; i++) {
          const before = await tape.tell();
          try {
            await tape.write(record(i, 1000));
          } catch (e) {
            assert.ok(isTapeError(e, 'ENOSPC'), String(e));
            if (!(await tape.status()).earlyWarning) assert.fail('ENOSPC without the early-warning status');
          }
          if ((await tape.tell()) > before) landed.push(i);
        }
        // 15 records to the early-warning point, then every other one (write-lands: the 16th too).
        assert.deepEqual(landed.slice(0, 16), flavour === 'write-lands'
          ? [...Array(16).keys()]
          : [...Array(15).keys(), 16]);
        assert.equal(landed.length, 20, 'the medium holds 20 records of 1000 bytes');
        assert.equal((await tape.status()).earlyWarning, true);
        await assert.rejects(tape.close(), fails('EIO'));
        const again = await VirtualTape.open(c.file);
        assert.equal((await again.status()).earlyWarning, false);
        const buf = Buffer.alloc(1000);
        for (const k of landed) {
          assert.equal(await again.read(buf), 1000);
          assert.ok(buf.equals(record(k, 1000)), `record ${k}`);
        }
        await assert.rejects(again.read(buf), fails('EIO'));
        await again.close();
      } finally {
        await c.cleanup();
      }
    });
  }

  it('variable mode at the physical end: write-lands lands the last record that fits with ENOSPC, never a short record', async () => {
    const c = await tempCartridge({ capacityBytes: 10_000, earlyWarningBytes: 2_500 });
    try {
      const tape = await VirtualTape.open(c.file, { earlyWarning: 'write-lands' });
      for (let k = 0; k < 7; k++) assert.equal(await tape.write(record(k, 1000)), 1000);
      await assert.rejects(tape.write(record(7, 1000)), fails('ENOSPC'), 'early warning, landed');
      await assert.rejects(tape.write(record(8, 1000)), fails('ENOSPC'), 'refused in turn');
      assert.equal(await tape.tell(), 8);
      assert.equal(await tape.write(record(9, 1000)), 1000, 'accepted in turn: 9000 of 10000 used');
      await assert.rejects(tape.write(record(10, 100)), fails('ENOSPC'), 'refused in turn');
      await assert.rejects(tape.write(record(11, 600)), (e) => isTapeError(e, 'ENOSPC') && /physical end.*was written/.test(e.message),
        'accepted in turn, but the room left after it (400 bytes) is less than its size: the physical end');
      assert.equal(await tape.tell(), 10, 'the record at the physical end is on tape');
      await assert.rejects(tape.write(record(12, 50)), fails('ENOSPC'), 'nothing more, even what would fit');
      assert.equal(await tape.tell(), 10);
      await assert.rejects(tape.close(), fails('EIO'), 'no room for the filemark');
      const again = await VirtualTape.open(c.file);
      await again.op('seek', 9);
      const buf = Buffer.alloc(2000);
      assert.equal(await again.read(buf), 600);
      assert.ok(buf.subarray(0, 600).equals(record(11, 600)));
      await again.close();
    } finally {
      await c.cleanup();
    }
  });

  it('variable mode at the physical end: write-rejected refuses a record that does not fit whole', async () => {
    const c = await tempCartridge({ capacityBytes: 10_000, earlyWarningBytes: 2_500 });
    try {
      const tape = await VirtualTape.open(c.file, { earlyWarning: 'write-rejected' });
      for (let k = 0; k < 7; k++) assert.equal(await tape.write(record(k, 1000)), 1000);
      await assert.rejects(tape.write(record(7, 1000)), fails('ENOSPC'), 'early warning, refused');
      assert.equal(await tape.write(record(8, 2000)), 2000, 'accepted in turn: 9000 used');
      await assert.rejects(tape.write(record(9, 100)), fails('ENOSPC'), 'refused in turn');
      assert.equal(await tape.write(record(10, 900)), 900, 'accepted in turn: 9900 used, the last record may fill the medium');
      await assert.rejects(tape.write(record(11, 100)), fails('ENOSPC'), 'refused in turn');
      await assert.rejects(tape.write(record(12, 200)), (e) => isTapeError(e, 'ENOSPC') && /physical end of medium: nothing written/.test(e.message));
      await assert.rejects(tape.write(record(13, 50)), fails('ENOSPC'), 'nothing more, even what would fit');
      assert.equal(await tape.tell(), 9);
      await assert.rejects(tape.close(), fails('EIO'));
    } finally {
      await c.cleanup();
    }
  });

  it('fixed-block mode at the physical end writes the whole blocks that fit', async () => {
    const c = await tempCartridge({ capacityBytes: 10_000, earlyWarningBytes: 1 });
    try {
      const tape = await VirtualTape.open(c.file, { earlyWarning: 'write-rejected' });
      await tape.op('setblk', 1024);
      for (let k = 0; k < 4; k++) assert.equal(await tape.write(Buffer.alloc(2048)), 2048);
      await assert.rejects(tape.write(Buffer.alloc(2048)), fails('ENOSPC'), 'early warning');
      assert.equal(await tape.write(Buffer.alloc(2048)), 1024, 'short: one block of 1024 fits in 1808 bytes');
      assert.equal(await tape.tell(), 9);
      await assert.rejects(tape.write(Buffer.alloc(1024)), fails('ENOSPC'));
      for (let k = 0; k < 2; k++) {
        await assert.rejects(tape.op('rewind'), fails('EIO'), 'rewind after a write needs a filemark, and there is no room');
      }
      await assert.rejects(tape.op('weof', 1), fails('EIO'), 'no filemark at the physical end');
      await tape.op('rewind');
      await tape.op('setblk', 0);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('seek past end of data: EIO at end of data; bad arguments: EINVAL', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file, { minBlock: 4, maxBlock: 4096 });
      assert.deepEqual(tape.limits(), { minBlock: 4, maxBlock: 4096 });
      await tape.write(record(0, 10));
      await tape.op('weof', 1);
      await assert.rejects(tape.op('seek', 5), fails('EIO'));
      assert.equal(await tape.tell(), 2);
      const afterSeek = await tape.status();
      assert.deepEqual([afterSeek.fileNumber, afterSeek.blockNumber, afterSeek.eod], [-1, -1, false], 'st: a failed seek loses the position');
      await assert.rejects(tape.op('fsf', -1), fails('EINVAL'));
      await assert.rejects(tape.op('setblk', 2), fails('EINVAL'));
      await assert.rejects(tape.op('setblk', 8192), fails('EINVAL'));
      await assert.rejects(tape.write(Buffer.alloc(3)), fails('EINVAL'));
      await assert.rejects(tape.write(Buffer.alloc(4097)), fails('EINVAL'));
      await tape.op('setblk', 8);
      await tape.op('rewind');
      await assert.rejects(tape.read(Buffer.alloc(8)), (e) => isTapeError(e, 'EIO') && /not the fixed block size 8/.test(e.message));
      assert.equal(await tape.tell(), 1, 'the wrong-size block is passed');
      await tape.close();
      await assert.rejects(VirtualTape.open(c.file, { minBlock: 0 }), fails('EINVAL'));
    } finally {
      await c.cleanup();
    }
  });

  it('a count of 0 reads and writes nothing and returns 0, as st does', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      assert.equal(await tape.write(Buffer.alloc(0)), 0);
      assert.equal(await tape.tell(), 0);
      await tape.write(record(0, 10));
      await tape.op('rewind');
      assert.equal(await tape.read(Buffer.alloc(0)), 0);
      assert.equal(await tape.tell(), 0);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('operations issued together run one after the other, in order', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      const results = await Promise.all([0, 1, 2, 3].map((i) => tape.write(record(i, 100 + i))));
      assert.deepEqual(results, [100, 101, 102, 103]);
      await tape.op('rewind');
      const buf = Buffer.alloc(200);
      for (let i = 0; i < 4; i++) assert.equal(await tape.read(buf), 100 + i);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });
});
