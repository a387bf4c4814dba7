// The chunk compression of the native batch encoding (native/batch-encode.h): incompressible
// chunks are stored raw without spoiling the next chunk, a large chunk is compressed with a window
// that covers all of it, and every chunk's frame, digest and bytes are what they should be.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import zstd from 'zstd-napi/binding.js';
import { encodeBatch, OP_COPY, OP_FILTERED, OP_RAW, OP_STRIDE, OP_ZSTD } from '../../afclient/codec/encode-batch.js';
import { decompressInto } from '../../afclient/codec/zstd.js';
import { BODY_FRAME_LEN, CHUNK_FILTERED, CHUNK_ZSTD, crc32, decodeBodyFrame, TAG_CHUNK } from '../../protocol/archive/format.js';
import { packio } from '../../afclient/pack/packio.js';
import { xxh64 } from '../../native/vtio.js';

const MiB = 1 << 20;

interface Chunk {
  type: number;
  data: Buffer;
  level?: number;
  offset?: number;
}

/** Encodes a batch of a few head bytes and then `chunks`, each behind room for its frame; returns the output and its chunks as stored. */
async function encode(chunks: Chunk[]): Promise<{ out: Buffer; stored: { flags: number; payload: Buffer; a: number; big: number }[]; digests: Uint8Array }> {
  const head = Buffer.from('record head');
  const fill = head.length + chunks.reduce((n, c) => n + BODY_FRAME_LEN + c.data.length, 0);
  const input = new ArrayBuffer(fill);
  const buf = Buffer.from(input);
  head.copy(buf, 0);
  const ops: number[] = [OP_COPY, 0, head.length, 0, 0];
  let at = head.length;
  for (const c of chunks) {
    at += BODY_FRAME_LEN;
    c.data.copy(buf, at);
    ops.push(c.type, at, c.data.length, c.offset ?? 0, c.level ?? 0);
    at += c.data.length;
  }
  const r = await encodeBatch({ input, fill, ops: Float64Array.from(ops) });
  const out = Buffer.from(r.output, 0, r.outLen);
  assert.ok(out.subarray(0, head.length).equals(head), 'the head passed through');
  const stored = chunks.map((_, k) => {
    const pos = r.positions[k + 1]!;
    const frame = decodeBodyFrame(out.subarray(pos, pos + BODY_FRAME_LEN));
    assert.ok(frame, `chunk ${k}: its frame's CRC holds`);
    assert.equal(frame.tag, TAG_CHUNK);
    const payload = out.subarray(pos + BODY_FRAME_LEN, pos + BODY_FRAME_LEN + frame.payloadLen);
    assert.equal(crc32(payload), frame.payloadCrc, `chunk ${k}: its payload's CRC holds`);
    assert.equal(r.positions[k + 2], pos + BODY_FRAME_LEN + frame.payloadLen, `chunk ${k}: the next op starts behind it`);
    return { flags: frame.flags, payload, a: frame.a, big: frame.big };
  });
  return { out, stored, digests: r.digests };
}

const original = (s: { flags: number; payload: Buffer; a: number }): Buffer => {
  if (s.flags !== CHUNK_ZSTD) return s.payload;
  const back = Buffer.alloc(s.a);
  decompressInto(back, s.payload);
  return back;
};

test('an incompressible chunk is stored raw and the next chunk still compresses, small and large, at several levels', async () => {
  const text = Buffer.from('backup restore tape cartridge label block record filemark\n'.repeat(40000)).subarray(0, 2 * MiB);
  for (const level of [1, 3, -1]) {
    for (const size of [64 << 10, 2 * MiB]) {
      const chunks = [crypto.randomBytes(size), text.subarray(0, size)].map((data) => ({ type: OP_ZSTD, data, level }));
      const { stored } = await encode(chunks);
      assert.equal(stored[0]!.flags, 0, `level ${level}, ${size} bytes of noise: stored raw`);
      assert.ok(stored[0]!.payload.equals(chunks[0]!.data));
      assert.equal(stored[1]!.flags, CHUNK_ZSTD);
      assert.ok(stored[1]!.payload.length < size / 10, `level ${level}, ${size} bytes of text: ${stored[1]!.payload.length}`);
      assert.ok(original(stored[1]!).equals(chunks[1]!.data), 'decodes to the same bytes');
    }
  }
});

test('a 4 MiB chunk finds a repeat 2 MiB back (beyond level 1 default window of 512 KiB)', async () => {
  const half = crypto.randomBytes(2 * MiB);
  const { stored } = await encode([{ type: OP_ZSTD, data: Buffer.concat([half, half]), level: 1 }]);
  assert.equal(stored[0]!.flags, CHUNK_ZSTD);
  assert.ok(stored[0]!.payload.length < 2.1 * MiB, `compressed to ${stored[0]!.payload.length} bytes`);
});

test('frames hold zstd frames as zstd itself makes them for those parameters, digests the XXH64 of the content', async () => {
  const text = (n: number): Buffer => Buffer.from(Array.from({ length: n / 16 }, (_, i) => `line ${i % 977} x\n`.padEnd(16, '.')).join('')).subarray(0, n);
  const small = text(100_000);
  const large = text(3 * MiB);
  const raw = crypto.randomBytes(5000);
  const filtered = Buffer.from('already the output of a filter');
  const { stored, digests } = await encode([
    { type: OP_ZSTD, data: small, level: 1, offset: 7 },
    { type: OP_RAW, data: raw, offset: 100_007 },
    { type: OP_FILTERED, data: filtered, offset: 12 },
    { type: OP_ZSTD, data: large, level: 1, offset: 2 ** 40 },
  ]);
  const cctx = new zstd.CCtx();
  const want = Buffer.alloc(small.length);
  assert.ok(stored[0]!.payload.equals(want.subarray(0, cctx.compress(want, small, 1))), 'a small chunk: zstd at the level');
  // A large chunk: a window of its own size, one hash entry per 64 bytes of it at level 1.
  const big = new zstd.CCtx();
  big.setParameter(zstd.CParameter.compressionLevel, 1);
  big.setParameter(zstd.CParameter.windowLog, 22);
  big.setParameter(zstd.CParameter.hashLog, 16);
  const wantLarge = Buffer.alloc(large.length);
  assert.ok(stored[3]!.payload.equals(wantLarge.subarray(0, big.compress2(wantLarge, large))), 'a large chunk: window and hash table for its size');
  assert.deepEqual(
    stored.map((s) => [s.flags, s.a, s.big]),
    [
      [CHUNK_ZSTD, small.length, 7],
      [0, raw.length, 100_007],
      [CHUNK_FILTERED, filtered.length, 12],
      [CHUNK_ZSTD, large.length, 2 ** 40],
    ],
  );
  assert.ok(stored[1]!.payload.equals(raw) && stored[2]!.payload.equals(filtered));
  const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
  // filter output is not hashed: its entry's pieces are the extents' (writer.ts)
  assert.equal(hex(digests), [small, raw, large].map((d) => xxh64(d).toString(16).padStart(16, '0')).join(''));
});

test('a batch whose ops would reach outside it, or overlap, is refused before anything is written', async () => {
  const input = new ArrayBuffer(200);
  const bytes = new Uint8Array(input).fill(0x5a);
  const refuse = (ops: number[], why: string): Promise<void> =>
    assert.rejects(encodeBatch({ input, fill: 200, ops: Float64Array.from(ops) }), RangeError, why);
  await refuse([OP_COPY, 150, 60, 0, 0], 'past the fill');
  await refuse([OP_ZSTD, 10, 50, 0, 1], 'a chunk without room for its frame');
  await refuse([OP_COPY, 0, 40, 0, 0, OP_RAW, 50, 20, 0, 0], 'a chunk whose frame room overlaps the op before');
  await refuse([OP_COPY, 0, 40, 0, 0, OP_COPY, 30, 20, 0, 0], 'ops out of order');
  await refuse([9, 0, 10, 0, 0], 'an unknown op');
  await refuse([OP_ZSTD, 30, 10.5, 0, 1], 'a fractional length');
  // packio's own call, with fewer digests than chunks (encodeBatch sizes them itself)
  const twoChunks = Float64Array.of(OP_RAW, BODY_FRAME_LEN, 10, 0, 0, OP_RAW, 2 * BODY_FRAME_LEN + 10, 10, 0, 0);
  assert.throws(() => packio().encodeBatch(bytes, twoChunks, new Float64Array(3), new Uint8Array(8), null, false), /digests has no room for 2 chunks/);
  assert.ok(bytes.every((b) => b === 0x5a), 'nothing was written');
  await assert.rejects(encodeBatch({ input, fill: 200, ops: Float64Array.of(OP_COPY, 0, 10) }), TypeError, 'ops not whole');
});

test('the ops are taken when the batch is queued: changing them while it is encoded changes nothing', async () => {
  const data = Buffer.from('the same line again and again\n'.repeat(20000));
  const encodeOnce = async (meddle: boolean): Promise<Buffer> => {
    const buf = new Uint8Array(BODY_FRAME_LEN + data.length);
    buf.set(data, BODY_FRAME_LEN);
    const ops = Float64Array.of(OP_ZSTD, BODY_FRAME_LEN, data.length, 0, 1);
    const pending = packio().encodeBatch(buf, ops, new Float64Array(2), new Uint8Array(8), null, false);
    if (meddle) ops.set([OP_COPY, 0, 1e9, 0, 0]);
    const n = await pending;
    return Buffer.from(buf.subarray(0, n));
  };
  assert.ok((await encodeOnce(true)).equals(await encodeOnce(false)));
});
