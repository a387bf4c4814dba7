import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BLOCK_HEADER_LENGTH,
  type BlockDamage,
  type BlockPosition,
  type TapeFileHeader,
  TapeFileHeaderError,
  decodeTapeFileHeader,
  encodeTapeFileHeader,
  openTapeFileForRead,
  openTapeFileForWrite,
  writeLabel,
} from '../../../drivers/layout/index.js';
import { TapeRecordWriter } from '../../../drivers/tape/tape-writer.js';
import { FaultyWrites, collect, scratchTape, testBytes } from '../tape/test-tapes.js';

function header(tapeFile: number, over: Partial<TapeFileHeader> = {}): TapeFileHeader {
  return {
    kind: 'archive',
    cartridge: 5,
    tapeFile,
    cartridgeSet: 1,
    clientId: 'hydra',
    sessionId: 'full-2026-11-22',
    streamId: 's1',
    time: new Date('2026-11-22T08:00:00.000Z'),
    streamOffset: 0,
    metadata: { minRestoreInfo: '@@@===--->>> hydra orion 2989 6 303 /tmp/afbsp_x', 'ünï': 'cødé' },
    ...over,
  };
}

test('tape file header encodes and decodes, continuation included', () => {
  const h = header(3, { streamOffset: 123_456_789_012, continuesFrom: { cartridge: 4, tapeFile: 17 }, kind: 'filelist' });
  assert.deepEqual(decodeTapeFileHeader(encodeTapeFileHeader(h)), h);
  const plain = header(1);
  assert.deepEqual(decodeTapeFileHeader(encodeTapeFileHeader(plain)), plain);
  const bad = encodeTapeFileHeader(plain);
  bad[bad.length - 3] ^= 1;
  assert.throws(() => decodeTapeFileHeader(bad), (e) => e instanceof TapeFileHeaderError && /checksum/.test(e.message));
  assert.throws(() => encodeTapeFileHeader(header(0)), /tape file 0 is out of range/);
  assert.throws(() => encodeTapeFileHeader(header(1, { metadata: { big: 'x'.repeat(4000) } })), /shorten the metadata/);
});

test('several tape files after a label: headers come back, each readable from any block', async () => {
  const t = await scratchTape();
  try {
    const blockSize = 8192;
    await writeLabel(t.dev, {
      cartridge: 5,
      secondary: 0,
      cartridgeSet: 1,
      labelTime: new Date(),
      blockSize,
      programVersion: 'test',
      comment: '',
      barcode: '',
    });
    const rw = new TapeRecordWriter(t.dev);
    const files: Array<{ data: Buffer; marks: Array<{ at: number; pos: BlockPosition }> }> = [];
    for (let f = 1; f <= 3; f++) {
      const w = await openTapeFileForWrite(rw, header(f, { streamOffset: f * 1000 }), { blockSize });
      const data = testBytes(50_000 * f, f);
      const marks: Array<{ at: number; pos: BlockPosition }> = [];
      for (let at = 0; at < data.length; at += 3001) {
        marks.push({ at, pos: w.tell() });
        await w.write(data.subarray(at, at + 3001));
      }
      await w.finishTapeFile({ endOfStream: true });
      files.push({ data, marks });
      // FORMAT.md §6: the stream offset follows from (block, offset) alone
      const P = blockSize - BLOCK_HEADER_LENGTH;
      const H = encodeTapeFileHeader(header(f, { streamOffset: f * 1000 })).length;
      for (const { at, pos } of marks) {
        const { block: b, offsetInBlock: o } = pos;
        assert.equal(f * 1000 + (b === 0 ? o - H : P - H + (b - 1) * P + o), f * 1000 + at);
      }
    }
    for (let f = 1; f <= 3; f++) {
      const { data, marks } = files[f - 1]!;
      // sequential read of the whole tape file
      await t.dev.op('rewind');
      await t.dev.op('fsf', f);
      const whole = await openTapeFileForRead(t.dev, { blockSize });
      assert.deepEqual(whole.header, header(f, { streamOffset: f * 1000 }));
      assert.ok((await collect(whole.reader)).equals(data));
      // from recorded positions, including block 0 and the last block
      for (const m of [marks[0]!, marks[1]!, marks[Math.floor(marks.length / 2)]!, marks[marks.length - 1]!]) {
        await t.dev.op('rewind');
        await t.dev.op('fsf', f);
        const part = await openTapeFileForRead(t.dev, { startBlock: m.pos.block, offsetInBlock: m.pos.offsetInBlock });
        assert.equal(part.header?.tapeFile, f);
        assert.ok((await collect(part.reader)).equals(data.subarray(m.at)), `tape file ${f}, block ${m.pos.block} offset ${m.pos.offsetInBlock}`);
      }
    }
    await t.dev.op('rewind');
    await t.dev.op('fsf', 1);
    await assert.rejects(openTapeFileForRead(t.dev, { startBlock: 1000 }), /past the end of this tape file/);
  } finally {
    await t.done();
  }
});

test('a damaged block 0 loses the header but not the rest of the tape file', async () => {
  const t = await scratchTape();
  try {
    const blockSize = 4096;
    const w = await openTapeFileForWrite(new FaultyWrites(t.dev, { corrupt: [0] }), header(1), { blockSize });
    const data = testBytes(30_000, 21);
    await w.write(data);
    await w.finishTapeFile({ endOfStream: true });
    await t.dev.op('rewind');
    const seen: BlockDamage[] = [];
    const { header: h, reader } = await openTapeFileForRead(t.dev, { blockSize, onDamage: (d) => seen.push(d) });
    assert.equal(h, undefined);
    const got = await collect(reader);
    assert.deepEqual(
      seen.map((d) => d.block),
      [0],
    );
    const firstPayload = blockSize - BLOCK_HEADER_LENGTH - encodeTapeFileHeader(header(1)).length;
    assert.ok(got.equals(data.subarray(firstPayload)));
  } finally {
    await t.done();
  }
});

test('data tape files are written and read in variable mode whatever mode the drive was in', async () => {
  const t = await scratchTape();
  try {
    await t.dev.op('setblk', 512);
    const w = await openTapeFileForWrite(t.dev, header(1), { blockSize: 4096 });
    assert.equal((await t.dev.status()).blockSize, 0);
    const data = testBytes(10_000, 31);
    await w.write(data);
    await w.finishTapeFile({ endOfStream: true });
    await t.dev.op('rewind');
    await t.dev.op('setblk', 1024);
    const { header: h, reader } = await openTapeFileForRead(t.dev);
    assert.equal(h?.tapeFile, 1);
    assert.ok((await collect(reader)).equals(data));
  } finally {
    await t.done();
  }
});
