// Damaged and torn cartridge files: a torn tail (interrupted write) is cut off and reported; damage
// in the middle gives EIO naming the file and offset, never wrong data.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape, readCartridgeInfo, setWriteProtect } from '../../../drivers/vtape/index.js';
import { record, tempCartridge, type TempCartridge } from './helpers.js';

const SIZE = 1000;
const HEADER = 128;
const FRAME = 32;
/** File offset of the frame of record i when all records before it are SIZE bytes. */
const frameAt = (i: number) => HEADER + i * (FRAME + SIZE);

/** A cartridge with records 0..4 of SIZE bytes and no filemark (the last object is a record). */
async function fiveRecords(): Promise<TempCartridge> {
  const c = await tempCartridge();
  const tape = await VirtualTape.open(c.file);
  for (let i = 0; i < 5; i++) await tape.write(record(i, SIZE));
  await assert.rejects(tape.read(Buffer.alloc(SIZE)), (e) => isTapeError(e, 'EIO')); // last op a read: close adds no filemark
  await tape.close();
  return c;
}

async function patch(file: string, offset: number, edit: (b: Buffer) => void, length = 1): Promise<void> {
  const fh = await fs.open(file, 'r+');
  try {
    const b = Buffer.alloc(length);
    await fh.read(b, 0, length, offset);
    edit(b);
    await fh.write(b, 0, length, offset);
  } finally {
    await fh.close();
  }
}

async function open(file: string, reports: string[]): Promise<VirtualTape> {
  return VirtualTape.open(file, { report: (m) => reports.push(m) });
}

async function expectRecords(tape: VirtualTape, from: number, to: number): Promise<void> {
  const buf = Buffer.alloc(SIZE);
  for (let i = from; i < to; i++) {
    assert.equal(await tape.read(buf), SIZE);
    assert.ok(buf.equals(record(i, SIZE)), `record ${i} content`);
  }
}

describe('damaged cartridge files', () => {
  it('a corrupt payload in the middle: EIO naming file and offset, the record is passed, the rest reads', async () => {
    const c = await fiveRecords();
    try {
      await patch(c.file, frameAt(2) + FRAME + 10, (b) => (b[0] = b[0]! ^ 0x55));
      const reports: string[] = [];
      const tape = await open(c.file, reports);
      assert.deepEqual(reports, []);
      await expectRecords(tape, 0, 2);
      await assert.rejects(tape.read(Buffer.alloc(SIZE)), (e) =>
        isTapeError(e, 'EIO') && e.message.includes(c.file) && e.message.includes(`offset ${frameAt(2)}`) && /checksum/.test(e.message));
      assert.equal(await tape.tell(), 3);
      await expectRecords(tape, 3, 5);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('a corrupt frame header in the middle: reported on load, EIO there, earlier data intact, rewritable', async () => {
    const c = await fiveRecords();
    try {
      await patch(c.file, frameAt(2) + 8, (b) => (b[0] = b[0]! ^ 0x01));
      const reports: string[] = [];
      const tape = await open(c.file, reports);
      assert.equal(reports.length, 1);
      assert.match(reports[0]!, new RegExp(`damaged at offset ${frameAt(2)}`));
      await expectRecords(tape, 0, 2);
      const damaged = (e: unknown) => isTapeError(e, 'EIO') && e.message.includes(`${c.file} is damaged at offset ${frameAt(2)}`);
      await assert.rejects(tape.read(Buffer.alloc(SIZE)), damaged);
      await assert.rejects(tape.op('eom'), damaged);
      await assert.rejects(tape.write(record(9, SIZE)), damaged, 'appending after the damage would hide it');
      await tape.op('rewind');
      await tape.op('fsr', 1);
      await tape.write(record(9, SIZE));
      await tape.close();
      const again = await open(c.file, reports);
      assert.equal(reports.length, 1, 'overwriting removed the damage');
      await expectRecords(again, 0, 1);
      assert.equal(await again.read(Buffer.alloc(SIZE)), SIZE);
      await again.op('eom');
      assert.equal(await again.tell(), 3);
      await again.close();
    } finally {
      await c.cleanup();
    }
  });

  it('a frame in the wrong place (valid checksum, wrong address) is damage', async () => {
    const c = await fiveRecords();
    try {
      const bytes = await fs.readFile(c.file);
      bytes.copy(bytes, frameAt(2), frameAt(1), frameAt(2));
      await fs.writeFile(c.file, bytes);
      const reports: string[] = [];
      const tape = await open(c.file, reports);
      assert.match(reports[0] ?? '', /claims address 1/);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  for (const [what, cutTo, reason] of [
    ['in the middle of a payload', frameAt(4) + FRAME + 500, 'incomplete record payload'],
    ['in the middle of a frame header', frameAt(4) + 10, 'incomplete frame header'],
  ] as const) {
    it(`a file cut ${what} loses only the torn record, reported and cut off`, async () => {
      const c = await fiveRecords();
      try {
        await fs.truncate(c.file, cutTo);
        const reports: string[] = [];
        const tape = await open(c.file, reports);
        assert.equal(reports.length, 1);
        assert.match(reports[0]!, new RegExp(`${reason} at offset ${frameAt(4)}.*cut off; 4 objects kept`));
        assert.equal((await fs.stat(c.file)).size, frameAt(4));
        await expectRecords(tape, 0, 4);
        await tape.write(record(4, SIZE));
        await tape.close();
        const again = await open(c.file, reports);
        assert.equal(reports.length, 1, 'clean after the repair');
        await expectRecords(again, 0, 5);
        await again.close();
      } finally {
        await c.cleanup();
      }
    });
  }

  it('a zero-filled tail or a last record with a bad checksum (machine crash) is a torn tail', async () => {
    const c = await fiveRecords();
    try {
      await fs.appendFile(c.file, Buffer.alloc(3000));
      await patch(c.file, frameAt(4) + FRAME + 1, (b) => (b[0] = b[0]! ^ 0xff));
      const reports: string[] = [];
      const tape = await open(c.file, reports);
      assert.equal(reports.length, 1);
      assert.match(reports[0]!, new RegExp(`last record payload checksum mismatch, then zero-filled tail at offset ${frameAt(4)}`));
      assert.equal((await fs.stat(c.file)).size, frameAt(4));
      await tape.op('eom');
      assert.equal(await tape.tell(), 4);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('a write-protected cartridge keeps its torn tail in the file but ignores it', async () => {
    const c = await fiveRecords();
    try {
      await fs.truncate(c.file, frameAt(4) + 100);
      await setWriteProtect(c.file, true);
      const reports: string[] = [];
      const tape = await open(c.file, reports);
      assert.match(reports[0]!, /ignored \(write-protected\)/);
      assert.equal((await fs.stat(c.file)).size, frameAt(4) + 100);
      await expectRecords(tape, 0, 4);
      await assert.rejects(tape.read(Buffer.alloc(SIZE)), (e) => isTapeError(e, 'EIO'));
      await tape.close();
      assert.equal((await readCartridgeInfo(c.file)).usedBytes, 4 * SIZE);
    } finally {
      await c.cleanup();
    }
  });
});
