// The drive reads a cartridge in multi-record windows while records are read one after the other
// (drivers/vtape/read-ahead.ts). Whatever the window boundaries, every record must come back
// whole and checked: across windows, larger than a window, after jumps, after the file changed
// under a window not yet read, and after an overwrite in the middle of a stream.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record, tempCartridge, type TempCartridge } from './helpers.js';

const HEADER = 128;
const FRAME = 32;
const BIG = 6 * 1024 * 1024;

/** Record sizes: small and large mixed, about 14 MiB in all, with one record larger than a window. */
function sizes(): number[] {
  const out: number[] = [];
  for (let i = 0; i < 160; i++) out.push(i === 70 ? BIG : 1 + ((i * 7919) % 100_000));
  return out;
}

async function written(list: number[]): Promise<TempCartridge> {
  const c = await tempCartridge({ capacityBytes: 64 * 1024 * 1024 });
  const tape = await VirtualTape.open(c.file);
  for (const [i, size] of list.entries()) assert.equal(await tape.write(record(i, size)), size);
  await tape.op('weof', 1);
  await tape.close();
  return c;
}

async function expectRecord(tape: VirtualTape, i: number, size: number, buf: Buffer): Promise<void> {
  assert.equal(await tape.read(buf), size, `record ${i} length`);
  assert.ok(buf.subarray(0, size).equals(record(i, size)), `record ${i} content`);
}

describe('virtual tape read-ahead', () => {
  it('a stream of records of any size across windows reads back whole, then the filemark', async () => {
    const list = sizes();
    const c = await written(list);
    try {
      const tape = await VirtualTape.open(c.file);
      const buf = Buffer.alloc(BIG);
      for (const [i, size] of list.entries()) await expectRecord(tape, i, size, buf);
      assert.equal(await tape.read(buf), 0);
      assert.equal(await tape.tell(), list.length + 1);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('jumps (seek, bsr, fsr) between reads read the right records', async () => {
    const list = sizes();
    const c = await written(list);
    try {
      const tape = await VirtualTape.open(c.file);
      const buf = Buffer.alloc(BIG);
      for (const to of [150, 3, 71, 69, 120, 0, 159, 70]) {
        await tape.op('seek', to);
        await expectRecord(tape, to, list[to]!, buf);
        if (to + 1 < list.length) await expectRecord(tape, to + 1, list[to + 1]!, buf);
      }
      await tape.op('seek', 100);
      for (let i = 100; i < 110; i++) await expectRecord(tape, i, list[i]!, buf);
      await tape.op('bsr', 5);
      for (let i = 105; i < 108; i++) await expectRecord(tape, i, list[i]!, buf);
      await tape.op('fsr', 20);
      await expectRecord(tape, 128, list[128]!, buf);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('a record damaged after loading, far ahead of the reader, is found when read: EIO, then the next record', async () => {
    const list = sizes();
    const c = await written(list);
    try {
      const tape = await VirtualTape.open(c.file);
      const buf = Buffer.alloc(BIG);
      for (let i = 0; i < 10; i++) await expectRecord(tape, i, list[i]!, buf);
      const victim = 140;
      const frame = HEADER + list.slice(0, victim).reduce((sum, s) => sum + FRAME + s, 0);
      const fh = await fs.open(c.file, 'r+');
      await fh.write(Buffer.from([record(victim, list[victim]!)[5]! ^ 0xff]), 0, 1, frame + FRAME + 5);
      await fh.close();
      for (let i = 10; i < victim; i++) await expectRecord(tape, i, list[i]!, buf);
      await assert.rejects(tape.read(buf), (e) => isTapeError(e, 'EIO') && e.message.includes(`offset ${frame}`) && /checksum/.test(e.message));
      await expectRecord(tape, victim + 1, list[victim + 1]!, buf);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('an overwrite in the middle of a stream: the new record, then end of data', async () => {
    const list = sizes();
    const c = await written(list);
    try {
      const tape = await VirtualTape.open(c.file);
      const buf = Buffer.alloc(BIG);
      for (let i = 0; i < 50; i++) await expectRecord(tape, i, list[i]!, buf);
      await tape.write(record(1000, 5000));
      await tape.op('weof', 1);
      await tape.op('rewind');
      for (let i = 0; i < 50; i++) await expectRecord(tape, i, list[i]!, buf);
      await expectRecord(tape, 1000, 5000, buf);
      assert.equal(await tape.read(buf), 0);
      assert.equal(await tape.read(buf), 0, 'second zero');
      await assert.rejects(tape.read(buf), (e) => isTapeError(e, 'EIO'));
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('fixed-block mode reads many small blocks through the windows', async () => {
    const c = await tempCartridge({ capacityBytes: 64 * 1024 * 1024 });
    try {
      const tape = await VirtualTape.open(c.file);
      await tape.op('setblk', 512);
      const data = record(7, 512 * 20_000);
      assert.equal(await tape.write(data), data.length);
      await tape.op('weof', 1);
      await tape.op('rewind');
      const got = Buffer.alloc(data.length);
      let at = 0;
      for (let n = 1; n > 0; at += n) n = await tape.read(got.subarray(at, Math.min(at + 70_000, got.length)));
      assert.equal(at, data.length);
      assert.ok(got.equals(data));
      await tape.op('setblk', 0);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });
});
