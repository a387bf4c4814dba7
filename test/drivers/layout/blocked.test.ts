import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BLOCK_HEADER_LENGTH,
  BlockedReader,
  BlockedWriter,
  type BlockDamage,
  type BlockPosition,
} from '../../../drivers/layout/index.js';
import type { RecordsWritten, TapeDevice } from '../../../drivers/tape/tape-device.js';
import { TapeError, isTapeError } from '../../../drivers/tape/tape-error.js';
import { TapeRecordWriter } from '../../../drivers/tape/tape-writer.js';
import { FaultyWrites, NoTell, Passthrough, collect, scratchTape, testBytes } from '../tape/test-tapes.js';

/** Writes `data` in chunks of random sizes; returns the position before each chunk. */
async function writeChunks(w: BlockedWriter, data: Buffer, seed: number): Promise<Array<{ at: number; pos: BlockPosition }>> {
  const marks: Array<{ at: number; pos: BlockPosition }> = [];
  const sizes = testBytes(4096, seed);
  let at = 0;
  for (let i = 0; at < data.length; i++) {
    const n = Math.min(data.length - at, (sizes.readUInt16LE((i * 2) % 4094) * 7) % (3 * w.blockSize));
    marks.push({ at, pos: w.tell() });
    await w.write(data.subarray(at, at + n));
    at += n;
  }
  return marks;
}

test('round trip with random write sizes, block sizes and lengths; padded last block', async () => {
  for (const [blockSize, length, seed] of [
    [4096, 0, 1],
    [4096, 1, 2],
    [4096, 4096 - BLOCK_HEADER_LENGTH, 3],
    [4096, 4096 - BLOCK_HEADER_LENGTH + 1, 4],
    [8192, 100_000, 5],
    [65536, 1_000_003, 6],
    [262144, 3_000_000, 7],
  ] as const) {
    const t = await scratchTape();
    try {
      const data = testBytes(length, seed);
      const w = new BlockedWriter(new TapeRecordWriter(t.dev), { blockSize });
      await writeChunks(w, data, seed);
      const end = w.tell();
      await w.finishTapeFile({ endOfStream: true });
      const payload = blockSize - BLOCK_HEADER_LENGTH;
      assert.deepEqual(end, { block: Math.floor(length / payload), offsetInBlock: length % payload });
      await t.dev.op('rewind');
      const r = new BlockedReader(t.dev, { blockSize });
      assert.ok((await collect(r)).equals(data), `block size ${blockSize}, ${length} bytes`);
      assert.deepEqual(r.end(), { complete: true, endOfStream: true, continued: false, stoppedAt: 'filemark' });
      assert.deepEqual(r.damaged, []);
      assert.equal((await t.dev.status()).fileNumber, 1, 'the reader stops after the filemark');
    } finally {
      await t.done();
    }
  }
});

test('every record is exactly one block; the reader copes with a too small buffer', async () => {
  const t = await scratchTape();
  try {
    const w = new BlockedWriter(new TapeRecordWriter(t.dev), { blockSize: 65536 });
    const data = testBytes(200_000, 9);
    await w.write(data);
    await w.finishTapeFile({ continued: true });
    await t.dev.op('rewind');
    const sizes: number[] = [];
    const buf = Buffer.alloc(1 << 17);
    for (let n = await t.dev.read(buf); n > 0; n = await t.dev.read(buf)) sizes.push(n);
    assert.deepEqual(sizes, [65536, 65536, 65536, 65536]);
    await t.dev.op('rewind');
    const r = new BlockedReader(t.dev, { blockSize: 4096 });
    assert.ok((await collect(r)).equals(data));
    assert.equal(r.end().continued, true);
  } finally {
    await t.done();
  }
});

test('a damaged block and a lost block are reported by number; reading continues', async () => {
  const blockSize = 4096;
  const payload = blockSize - BLOCK_HEADER_LENGTH;
  const t = await scratchTape();
  try {
    const dev = new FaultyWrites(t.dev, { corrupt: [3], drop: [6] });
    const w = new BlockedWriter(new TapeRecordWriter(dev), { blockSize });
    const data = testBytes(payload * 10 + 123, 11);
    await w.write(data);
    await w.finishTapeFile({ endOfStream: true });
    await t.dev.op('rewind');
    const seen: BlockDamage[] = [];
    const r = new BlockedReader(t.dev, { blockSize, onDamage: (d) => seen.push(d) });
    const got = await collect(r);
    assert.deepEqual(
      seen.map((d) => d.block),
      [3, 6],
    );
    assert.match(seen[0]!.reason, /checksum/);
    assert.match(seen[1]!.reason, /missing/);
    const expected = Buffer.concat([data.subarray(0, 3 * payload), data.subarray(4 * payload, 6 * payload), data.subarray(7 * payload)]);
    assert.ok(got.equals(expected));
    assert.equal(r.end().endOfStream, true);
  } finally {
    await t.done();
  }
});

test('a tape file without its last block (physical end) reads as incomplete', async () => {
  const t = await scratchTape();
  try {
    const w = new BlockedWriter(new TapeRecordWriter(t.dev), { blockSize: 4096 });
    await w.write(testBytes(20_000, 12));
    await t.dev.op('weof', 1);
    await t.dev.op('rewind');
    const r = new BlockedReader(t.dev, { blockSize: 4096 });
    assert.equal((await collect(r)).length, 4 * (4096 - BLOCK_HEADER_LENGTH));
    assert.equal(r.end().complete, false);
  } finally {
    await t.done();
  }
});

/** Writes `chunk` bytes per call until the physical end (a large chunk fills several batches per call). */
async function fillToEnd(dev: TapeDevice, blockSize: number, chunk: number): Promise<{ data: Buffer; onTape: number; unwritten: Uint8Array; leomSeen: boolean }> {
  const w = new BlockedWriter(new TapeRecordWriter(dev), { blockSize });
  const data = testBytes(blockSize * 300, 13);
  let at = 0;
  let leomSeen = false;
  for (;;) {
    const n = Math.min(data.length - at, chunk);
    try {
      const r = await w.write(data.subarray(at, at + n));
      at += n;
      leomSeen ||= r.logicalEndOfMedium;
      if (leomSeen) assert.ok(r.logicalEndOfMedium, 'LEOM stays set once reported');
    } catch (e) {
      assert.ok(isTapeError(e, 'ENOSPC'), String(e));
      at += n;
      break;
    }
    assert.ok(at < data.length, 'the tape never filled up');
  }
  const unwritten = w.unwritten();
  assert.equal(w.bytesOnTape + unwritten.length, at, 'acknowledged plus returned bytes are everything given');
  return { data: data.subarray(0, at), onTape: w.bytesOnTape, unwritten, leomSeen };
}

for (const flavour of ['write-lands', 'write-rejected'] as const) {
  for (const [withTell, chunk] of [[true, 10_000], [false, 10_000], [true, 100_000], [false, 100_000]] as const) {
    test(`writing into the EW zone (${flavour}${withTell ? '' : ', no MTIOCPOS'}, ${chunk}-byte writes) loses no acknowledged block`, async () => {
      const blockSize = 8192;
      const t = await scratchTape({ capacityBytes: 100 * blockSize + 100, earlyWarningBytes: 30 * blockSize, earlyWarning: flavour });
      try {
        const dev = withTell ? t.dev : new NoTell(t.dev);
        const { data, onTape, unwritten, leomSeen } = await fillToEnd(dev, blockSize, chunk);
        assert.ok(leomSeen, 'LEOM was reported before the physical end');
        assert.ok(onTape >= 90 * (blockSize - BLOCK_HEADER_LENGTH), `only ${onTape} bytes acknowledged`);
        const r = new BlockedReader(await t.reopen(), { blockSize });
        const back = await collect(r);
        // the next cartridge starts with `unwritten`: together nothing is lost or doubled
        assert.ok(Buffer.concat([back.subarray(0, onTape), unwritten]).equals(data));
        assert.equal(r.end().complete, false);
        assert.ok(back.length - onTape < blockSize, 'at most a torn block beyond the acknowledged bytes');
      } finally {
        await t.done();
      }
    });
  }
}

test('released chunks are read into again; what is kept, foreign or released twice is never reused', async () => {
  const t = await scratchTape();
  try {
    const blockSize = 8192;
    const data = testBytes(200 * (blockSize - BLOCK_HEADER_LENGTH) + 123, 21);
    const w = new BlockedWriter(new TapeRecordWriter(t.dev), { blockSize });
    await w.write(data);
    await w.finishTapeFile({ endOfStream: true });
    await t.dev.op('rewind');
    const r = new BlockedReader(t.dev, { blockSize });
    const seen = new Set<ArrayBufferLike>();
    const kept: Array<{ chunk: Uint8Array; copy: Buffer }> = [];
    const parts: Buffer[] = [];
    let i = 0;
    for await (const chunk of r) {
      parts.push(Buffer.from(chunk));
      seen.add(chunk.buffer);
      if (i % 5 === 0) {
        kept.push({ chunk, copy: Buffer.from(chunk) });
      } else {
        r.release(chunk);
        r.release(chunk); // twice: ignored
      }
      r.release(Buffer.alloc(blockSize)); // not the reader's: ignored
      i++;
    }
    assert.ok(Buffer.concat(parts).equals(data));
    assert.ok(seen.size < i / 2, `${seen.size} record buffers for ${i} blocks`);
    for (const k of kept) assert.ok(Buffer.from(k.chunk).equals(k.copy), 'a kept chunk was overwritten');
  } finally {
    await t.done();
  }
});

/** A drive whose `failAt`-th writeRecords call puts its first two records on tape, then fails with EIO. */
class FailingBatch extends Passthrough {
  private calls = 0;
  constructor(
    inner: TapeDevice,
    private readonly failAt: number,
  ) {
    super(inner);
  }
  async writeRecords(bufs: readonly Uint8Array[]): Promise<RecordsWritten> {
    if (++this.calls !== this.failAt) return this.inner.writeRecords!(bufs);
    const r = await this.inner.writeRecords!(bufs.slice(0, 2));
    assert.equal(r.written, 2);
    return { written: 2, stop: { error: new TapeError('EIO', this.name, 'medium error') } };
  }
}

test('a drive error with two batches in flight: what is acknowledged is on tape, the rest comes back from unwritten()', async () => {
  const t = await scratchTape();
  try {
    const blockSize = 8192;
    const w = new BlockedWriter(new TapeRecordWriter(new FailingBatch(t.dev, 5)), { blockSize });
    const data = testBytes(blockSize * 200, 31);
    let given = 0;
    let failure: unknown;
    while (given < data.length && failure === undefined) {
      const n = Math.min(100_000, data.length - given);
      try {
        await w.write(data.subarray(given, given + n));
      } catch (e) {
        failure = e;
      }
      given += n;
    }
    assert.ok(isTapeError(failure, 'EIO'), `expected the drive's EIO, got ${String(failure)}`);
    const unwritten = w.unwritten();
    assert.equal(w.bytesOnTape + unwritten.length, given, 'acknowledged plus returned bytes are everything given');
    assert.ok(Buffer.from(unwritten).equals(data.subarray(w.bytesOnTape, given)));
    await t.dev.op('weof', 1);
    await t.dev.op('rewind');
    const back = await collect(new BlockedReader(t.dev, { blockSize }));
    assert.ok(back.equals(data.subarray(0, w.bytesOnTape)), 'exactly the acknowledged bytes are on tape, in order');
  } finally {
    await t.done();
  }
});

test('the next tape file on a drive reuses the blocks of the one before: its bytes, and zeros after the end, nothing of the old', async () => {
  const t = await scratchTape();
  try {
    const blockSize = 4096;
    const records = new TapeRecordWriter(t.dev);
    const first = new BlockedWriter(records, { blockSize });
    // more blocks than the writer keeps for the next tape file, all of them 0xee
    await first.write(Buffer.alloc(80 * blockSize, 0xee));
    await first.finishTapeFile({});
    const data = testBytes(3 * blockSize + 100, 9);
    const second = new BlockedWriter(records, { blockSize });
    await writeChunks(second, data, 9);
    await second.finishTapeFile({ endOfStream: true });
    await t.dev.op('rewind');
    await t.dev.op('fsf', 1);
    const raw: Buffer[] = [];
    for (;;) {
      const buf = Buffer.alloc(blockSize);
      const n = await t.dev.read(buf);
      if (n === 0) break;
      raw.push(buf.subarray(0, n));
    }
    const last = raw.at(-1)!;
    const used = BLOCK_HEADER_LENGTH + (data.length % (blockSize - BLOCK_HEADER_LENGTH));
    assert.ok(last.subarray(used).equals(Buffer.alloc(blockSize - used)), 'the last block is padded with zeros, not with the old bytes');
    await t.dev.op('rewind');
    await t.dev.op('fsf', 1);
    assert.ok((await collect(new BlockedReader(t.dev, { blockSize }))).equals(data));
  } finally {
    await t.done();
  }
});
