import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { CodecSpec, DataSegment, EntryMeta, EntryType } from '../../protocol/archive/index.js';
import { meta, normalise, pieces, readStream, writeStream, type InputEntry } from './helpers.js';

const types: EntryType[] = ['file', 'directory', 'symlink', 'hardlink', 'fifo', 'socket', 'chardev', 'blockdev', 'command'];

const segmentsArb = fc
  .array(
    fc.record({
      gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10000 }), fc.constant(2 ** 33)),
      data: fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 1, max: 20000 }).map((n) => new Uint8Array(n).fill(n % 251)),
      ),
    }),
    { maxLength: 5 },
  )
  .map((raw) => {
    const segs: DataSegment[] = [];
    let at = 0;
    for (const r of raw) {
      at += r.gap;
      segs.push({ offset: BigInt(at), data: Buffer.from(r.data) });
      at += r.data.length;
    }
    return segs;
  });

const i64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const metaArb: fc.Arbitrary<EntryMeta> = fc
  .record({
    name: fc.uint8Array({ minLength: 1, maxLength: 300 }),
    type: fc.constantFrom(...types),
    mode: fc.integer({ min: 0, max: 0o7777 }),
    uid: fc.nat({ max: 2 ** 32 - 1 }),
    gid: fc.nat({ max: 2 ** 32 - 1 }),
    user: fc.string({ maxLength: 20 }),
    group: fc.string({ maxLength: 20 }),
    mtimeNs: i64,
    ctimeNs: i64,
    atimeNs: i64,
    size: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    link: fc.option(fc.uint8Array({ maxLength: 100 }), { nil: undefined }),
    dev: fc.option(fc.tuple(fc.nat({ max: 4095 }), fc.nat({ max: 2 ** 20 })), { nil: undefined }),
    xattrs: fc.option(fc.array(fc.record({ name: fc.string({ minLength: 1 }), value: fc.uint8Array({ maxLength: 50 }) }), { maxLength: 3 }), {
      nil: undefined,
    }),
  })
  .map((r) => {
    const m = meta(Buffer.from(r.name), {
      type: r.type,
      mode: r.mode,
      uid: r.uid,
      gid: r.gid,
      user: r.user,
      group: r.group,
      mtimeNs: r.mtimeNs,
      ctimeNs: r.ctimeNs,
      atimeNs: r.atimeNs,
      size: r.size,
    });
    if (r.link) m.linkTarget = Buffer.from(r.link);
    if (r.dev) [m.devMajor, m.devMinor] = r.dev;
    if (r.xattrs && r.xattrs.length > 0) m.xattrs = r.xattrs.map((x) => ({ name: x.name, value: Buffer.from(x.value) }));
    return m;
  });

const codecArb: fc.Arbitrary<CodecSpec> = fc.oneof(
  fc.constant<CodecSpec>({ kind: 'none' }),
  fc.integer({ min: -3, max: 3 }).map((level): CodecSpec => ({ kind: 'zstd', level })),
);

test('random entries survive write -> read unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ meta: metaArb, segments: segmentsArb, codec: codecArb }), { maxLength: 8 }),
      fc.integer({ min: 1, max: 70000 }),
      fc.integer({ min: 7, max: 5000 }),
      async (entries: InputEntry[], chunkSize, pieceSize) => {
        const { stream, written } = await writeStream(entries, { chunkSize });
        assert.equal(written.length, entries.length);
        const got = await readStream(pieces(stream, pieceSize));
        assert.deepEqual(got.damage, []);
        assert.equal(got.entries.length, entries.length);
        for (let i = 0; i < entries.length; i++) {
          assert.equal(got.entries[i]!.error, undefined);
          assert.deepEqual(got.entries[i]!.meta, entries[i]!.meta);
          assert.deepEqual(got.entries[i]!.codec, entries[i]!.codec);
          assert.deepEqual(got.entries[i]!.segments, normalise(entries[i]!.segments!));
          assert.equal(got.entries[i]!.streamOffset, written[i]!.streamOffset);
        }
      },
    ),
    { numRuns: 60 },
  );
});
