// TapeDevice.prepareWrite on the virtual tape: the checksum of an announced record is computed
// while the record before is written, and used by its write. Whatever the order of announcements
// and writes, every record must read back whole and verified; an announcement is never applied to
// other bytes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record, tempCartridge } from './helpers.js';

async function readBack(file: string, expected: Buffer[]): Promise<void> {
  const tape = await VirtualTape.open(file);
  try {
    const buf = Buffer.alloc(1 << 20);
    for (const [i, want] of expected.entries()) {
      const n = await tape.read(buf);
      assert.equal(n, want.length, `record ${i} length`);
      assert.ok(buf.subarray(0, n).equals(want), `record ${i} content`);
    }
  } finally {
    await tape.close();
  }
}

describe('virtual tape prepareWrite', () => {
  it('two buffers announced one ahead, as a double-buffering writer does, read back whole', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      const bufs = [Buffer.alloc(70_000), Buffer.alloc(70_000)];
      const written: Buffer[] = [];
      let inFlight: Promise<number> | undefined;
      for (let i = 0; i < 12; i++) {
        const b = bufs[i % 2]!;
        record(i, b.length).copy(b);
        tape.prepareWrite(b);
        await inFlight;
        inFlight = tape.write(b);
        written.push(Buffer.from(b));
      }
      await inFlight;
      await tape.close();
      await readBack(c.file, written);
    } finally {
      await c.cleanup();
    }
  });

  it('a buffer changed and announced again is written with its new checksum', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      const b = record(1, 5000);
      tape.prepareWrite(b);
      record(2, 5000).copy(b);
      tape.prepareWrite(b);
      await tape.write(b);
      await tape.close();
      await readBack(c.file, [record(2, 5000)]);
    } finally {
      await c.cleanup();
    }
  });

  it('an announcement does not apply to another buffer, a part of it, or its blocks in fixed mode', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      const a = record(1, 8192);
      const other = record(2, 8192);
      tape.prepareWrite(a);
      await tape.write(other);
      tape.prepareWrite(a);
      await tape.write(a.subarray(0, 4096));
      await tape.op('setblk', 4096);
      tape.prepareWrite(a);
      await tape.write(a);
      await tape.op('setblk', 0);
      await tape.close();
      await readBack(c.file, [other, a.subarray(0, 4096), a.subarray(0, 4096), a.subarray(4096)]);
    } finally {
      await c.cleanup();
    }
  });

  it('an announcement before a read, or on an empty or closed drive, changes nothing', async () => {
    const c = await tempCartridge();
    try {
      const empty = await VirtualTape.open(null);
      empty.prepareWrite(record(1, 100));
      await empty.close();
      empty.prepareWrite(record(1, 100));
      const tape = await VirtualTape.open(c.file);
      await tape.write(record(0, 300));
      await tape.op('weof', 1);
      await tape.op('rewind');
      const b = record(1, 300);
      tape.prepareWrite(b);
      assert.equal(await tape.read(Buffer.alloc(300)), 300);
      assert.equal(await tape.read(Buffer.alloc(300)), 0);
      record(3, 300).copy(b);
      await tape.write(b);
      await tape.close();
      await readBack(c.file, [record(0, 300), Buffer.alloc(0), record(3, 300)]);
    } finally {
      await c.cleanup();
    }
  });
});
