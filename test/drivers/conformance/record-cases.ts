// Conformance cases: records, reads, end of data, truncation, block limits and fixed-block mode
// (tape-semantics.md rules 6-9, 11-14, 24-25, 27).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LAYOUT_END, expectPosition, rejectsWith, type Harness } from './harness.js';

const SIZES = [1, 2, 3, 4, 100, 511, 512, 1000, 1024, 4096, 10_000, 65_536, 65_537, 262_144, 1_048_576];

export function recordCases(h: Harness): void {
  describe('records', () => {
    it('writes and reads back records of many sizes, 1 B to 1 MiB', () =>
      h.with(async ({ device }) => {
        const { minBlock, maxBlock } = device.limits();
        const sizes = SIZES.filter((s) => s >= Math.max(minBlock, h.caps.minBlock) && s <= maxBlock);
        for (const [i, size] of sizes.entries()) assert.equal(await device.write(h.record(i, size)), size);
        await device.op('weof', 1);
        assert.equal(await device.tell(), sizes.length + 1);
        await device.op('rewind');
        const biggest = Math.max(...sizes);
        for (const [i, size] of sizes.entries()) await h.expectRecord(device, i, size, biggest);
        await h.expectRead(device, 0, 'the filemark reads as 0');
      }));

    it('a read returns the length of a record shorter than the buffer', () =>
      h.with(async ({ device }) => {
        await device.write(h.record(0, h.size));
        await device.write(h.record(1, h.size * 2));
        await device.op('weof', 1);
        await device.op('rewind');
        await h.expectRecord(device, 0, h.size, h.size * 8);
        await h.expectRecord(device, 1, h.size * 2, h.size * 8);
      }));

    it('ENOMEM when the buffer is smaller than the record, and the record is lost', () =>
      h.with(async ({ device }) => {
        await device.write(h.record(0, h.size * 2));
        await device.write(h.record(1, h.size));
        await device.op('weof', 1);
        await device.op('rewind');
        await rejectsWith(device.read(Buffer.alloc(h.size)), 'ENOMEM');
        assert.equal(await device.tell(), 1, 'the record was consumed');
        await h.expectRecord(device, 1, h.size);
      }));

    it('EINVAL for a read buffer below the minimum block, without moving', { skip: h.caps.minBlock <= 1 && 'minimum block is 1 byte' }, () =>
      h.with(async ({ device }) => {
        await device.write(h.record(0, h.size));
        await device.op('weof', 1);
        await device.op('rewind');
        await rejectsWith(device.read(Buffer.alloc(h.caps.minBlock - 1)), 'EINVAL');
        assert.equal(await device.tell(), 0);
        await h.expectRecord(device, 0, h.size);
      }));

    it('EINVAL for a record outside the block limits; nothing is written', () =>
      h.with(async ({ device }) => {
        const { minBlock, maxBlock } = device.limits();
        if (minBlock > 1) await rejectsWith(device.write(Buffer.alloc(minBlock - 1)), 'EINVAL', 'below minBlock');
        if (maxBlock < 16 * 1024 * 1024) await rejectsWith(device.write(Buffer.alloc(maxBlock + 1)), 'EINVAL', 'above maxBlock');
        assert.equal(await device.tell(), 0);
        await device.write(h.record(0, h.size));
        assert.equal(await device.tell(), 1);
      }));
  });

  describe('end of data', () => {
    it('after a filemark: one more 0 (the second zero), then EIO with EOD set', () =>
      h.with(async ({ device }) => {
        await h.writeLayout(device);
        await device.op('rewind');
        await device.op('fsf', 3);
        await h.expectLayoutRecord(device, 6);
        await h.expectLayoutRecord(device, 7);
        await h.expectRead(device, 0, 'filemark');
        await h.expectRead(device, 0, 'second zero at end of data');
        let s = await device.status();
        assert.equal(s.eod, true, 'EOD after the second zero');
        assert.equal(s.blockNumber, -1, 'st loses the block count on blank tape');
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO', 'after the second zero');
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO', 'and again');
        assert.equal(await device.tell(), LAYOUT_END);
        s = await device.status();
        assert.equal(s.eod, true);
        assert.equal(s.fileNumber, 4);
      }));

    it('the second zero needs a filemark crossed: after weof or a seek, EIO at once', () =>
      h.with(async ({ device }) => {
        await device.write(h.record(0, h.size));
        await device.op('weof', 1);
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO', 'reading right after weof');
        await device.op('seek', 2);
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO', 'reading after a seek to end of data');
        await device.op('rewind');
        await device.op('fsf', 1);
        await h.expectRead(device, 0, 'second zero after fsf over the last filemark');
      }));

    it('without a filemark before it: EIO at once; a read after a write leaves no filemark on close', () =>
      h.with(async ({ device }) => {
        await device.write(h.record(0, h.size));
        await device.write(h.record(1, h.size));
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO', 'reading right after writing');
        await device.op('rewind');
        await h.expectRecord(device, 0, h.size);
        await h.expectRecord(device, 1, h.size);
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO', 'record then end of data');
        await device.op('eom');
        assert.equal(await device.tell(), 2, 'the rewind after a read wrote no filemark');
      }));

    it('a blank medium reads EIO at BOT', () =>
      h.with(async ({ device }) => {
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO');
        assert.equal(await device.tell(), 0);
      }));

    it('erase from BOT leaves a blank medium', () =>
      h.with(async ({ device }) => {
        await h.writeLayout(device);
        await device.op('rewind');
        await device.op('erase');
        await device.op('rewind');
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO');
      }));
  });

  describe('a write truncates the medium at the current position', () => {
    it('after reading', () =>
      h.with(async ({ device }) => {
        await h.writeLayout(device);
        await device.op('rewind');
        await h.expectLayoutRecord(device, 0);
        await device.write(h.record(100, h.size));
        await device.op('rewind'); // after a write: writes the filemark first (rule 5)
        await h.expectLayoutRecord(device, 0);
        await h.expectRecord(device, 100, h.size);
        await h.expectRead(device, 0, 'the filemark rewind wrote');
        await h.expectRead(device, 0, 'second zero');
        await rejectsWith(device.read(Buffer.alloc(65536)), 'EIO');
        await device.op('eom');
        assert.equal(await device.tell(), 3);
      }));

    it('after positioning', () =>
      h.with(async ({ device }) => {
        await h.writeLayout(device);
        await device.op('rewind');
        await device.op('fsf', 2);
        await device.write(h.record(100, h.size));
        await device.op('rewind');
        await device.op('eom');
        await expectPosition(device, 9, 3, -1);
        await device.op('rewind');
        await device.op('fsf', 2);
        await h.expectRecord(device, 100, h.size);
        await h.expectRead(device, 0, 'filemark');
      }));

    it('weof writes filemarks that truncate too', () =>
      h.with(async ({ device }) => {
        await h.writeLayout(device);
        await device.op('rewind');
        await device.op('fsf', 1);
        await device.op('weof', 2);
        await expectPosition(device, 6, 3, 0);
        await device.op('eom');
        assert.equal(await device.tell(), 6);
      }));
  });

  describe('fixed-block mode', () => {
    const block = 512;
    const skip = (h.caps.minBlock > block && `minimum block ${h.caps.minBlock} is above ${block}`) || false;

    it('a write must be a whole number of blocks, else EINVAL; each block is one address', { skip }, () =>
      h.with(async ({ device }) => {
        await device.op('setblk', block);
        try {
          assert.equal((await device.status()).blockSize, block);
          assert.equal(await device.write(h.record(0, block * 2)), block * 2);
          assert.equal(await device.tell(), 2);
          await rejectsWith(device.write(Buffer.alloc(block + 100)), 'EINVAL');
          assert.equal(await device.tell(), 2);
        } finally {
          await device.op('setblk', 0);
        }
      }));

    it('reads of any size: whole blocks are buffered and a filemark ends the read', { skip }, () =>
      h.with(async ({ device }) => {
        await device.op('setblk', block);
        try {
          const data = h.record(7, block * 4);
          await device.write(data);
          await device.op('weof', 1);
          await device.op('rewind');
          const a = Buffer.alloc(700);
          assert.equal(await device.read(a), 700);
          const b = Buffer.alloc(1000);
          assert.equal(await device.read(b), 1000);
          const c = Buffer.alloc(1000);
          assert.equal(await device.read(c), block * 4 - 1700, 'the rest before the filemark');
          assert.equal(await device.read(Buffer.alloc(1000)), 0, 'the filemark');
          if (h.caps.keepsData) h.expectData(Buffer.concat([a, b, c.subarray(0, block * 4 - 1700)]), data, 'fixed-mode data');
        } finally {
          await device.op('setblk', 0);
        }
      }));
  });
}
