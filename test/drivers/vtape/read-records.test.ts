// TapeDevice.readRecords on the virtual tape: several records straight into the caller's buffers,
// several calls outstanding at once, answered in order; each call stops before whatever read()
// must report itself (a filemark, end of data, a record larger than its buffer, a damaged
// record, fixed-block mode), and read() then gives exactly what st gives there.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { FRAME_SIZE, HEADER_SIZE } from '../../../drivers/vtape/format.js';
import { record, tempCartridge } from './helpers.js';

const bufs = (n: number, size = 4096): Buffer[] => Array.from({ length: n }, () => Buffer.alloc(size));

describe('readRecords', () => {
  it('reads records into the buffers, stops before a filemark, and read() crosses it', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      for (let i = 0; i < 3; i++) await tape.write(record(i, 1000 + i));
      await tape.op('weof', 1);
      for (let i = 3; i < 5; i++) await tape.write(record(i, 1000 + i));
      await tape.op('rewind');
      const b = bufs(4);
      assert.deepEqual(await tape.readRecords(b), [1000, 1001, 1002]);
      for (let i = 0; i < 3; i++) assert.ok(b[i]!.subarray(0, 1000 + i).equals(record(i, 1000 + i)), `record ${i}`);
      assert.deepEqual(await tape.readRecords(b), [], 'the filemark is for read()');
      assert.equal(await tape.read(b[0]!), 0);
      assert.deepEqual(await tape.readRecords(b), [1003, 1004]);
      assert.ok(b[1]!.subarray(0, 1004).equals(record(4, 1004)));
      assert.equal(await tape.tell(), 6);
      // the rewind after writing wrote a filemark (st's rule), then end of data: both for read()
      assert.deepEqual(await tape.readRecords(b), []);
      assert.equal(await tape.read(b[0]!), 0);
      assert.deepEqual(await tape.readRecords(b), []);
      assert.equal(await tape.read(b[0]!), 0, 'the second zero');
      await assert.rejects(tape.read(b[0]!), (e) => isTapeError(e, 'EIO'));
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('answers several outstanding calls in order, and stops before a record larger than its buffer', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      for (let i = 0; i < 10; i++) await tape.write(record(i, i === 7 ? 3000 : 2000));
      await tape.op('rewind');
      const calls = [bufs(3, 2500), bufs(3, 2500), bufs(3, 2500)];
      const results = await Promise.all(calls.map((b) => tape.readRecords(b)));
      assert.deepEqual(results, [[2000, 2000, 2000], [2000, 2000, 2000], [2000]]);
      calls.flat().slice(0, 7).forEach((b, i) => assert.ok(b.subarray(0, 2000).equals(record(i, 2000)), `record ${i}`));
      assert.equal(await tape.tell(), 7);
      await assert.rejects(tape.read(Buffer.alloc(2500)), (e) => isTapeError(e, 'ENOMEM'), 'as st: the record is lost');
      assert.deepEqual(await tape.readRecords(bufs(5, 2500)), [2000, 2000]);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('stops before a damaged record, calls off the calls behind, and read() reports the damage', async () => {
    const c = await tempCartridge();
    try {
      let tape = await VirtualTape.open(c.file);
      for (let i = 0; i < 10; i++) await tape.write(record(i, 1000));
      await tape.close();
      const bytes = await fs.readFile(c.file);
      bytes[HEADER_SIZE + 5 * (FRAME_SIZE + 1000) + FRAME_SIZE + 10]! ^= 0x40;
      await fs.writeFile(c.file, bytes);
      tape = await VirtualTape.open(c.file);
      const results = await Promise.all([tape.readRecords(bufs(4)), tape.readRecords(bufs(4)), tape.readRecords(bufs(4))]);
      assert.deepEqual(results, [[1000, 1000, 1000, 1000], [1000], []]);
      assert.equal(await tape.tell(), 5);
      await assert.rejects(tape.read(Buffer.alloc(4096)), (e) => isTapeError(e, 'EIO') && /checksum/.test(e.message));
      const b = bufs(8);
      assert.deepEqual(await tape.readRecords(b), [1000, 1000, 1000, 1000]);
      assert.ok(b[3]!.subarray(0, 1000).equals(record(9, 1000)));
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('leaves fixed-block mode to read()', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      await tape.write(record(1, 512));
      await tape.op('rewind');
      await tape.op('setblk', 512);
      assert.deepEqual(await tape.readRecords(bufs(2)), []);
      assert.equal(await tape.read(Buffer.alloc(512)), 512);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });
});
