import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import { ArchiveWriter, type CodecSpec, type DataSegment } from '../../protocol/archive/index.js';
import { SYNC } from '../../protocol/archive/format.js';
import { meta, normalise, pieces, readStream, writeStream, type InputEntry } from './helpers.js';

const ZSTD: CodecSpec = { kind: 'zstd', level: 1 };
const NONE: CodecSpec = { kind: 'none' };
const GZIP: CodecSpec = { kind: 'filter', command: 'gzip -1', restoreCommand: 'gunzip' };

function text(n: number, seed = 1): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = 97 + ((x >>> 16) % 7); // compressible, not constant
  }
  return b;
}

function everyType(): InputEntry[] {
  const nonUtf8 = Buffer.from([0x64, 0x69, 0x72, 0x2f, 0xff, 0xfe, 0x0a, 0x80]);
  return [
    { meta: meta('dir/file.txt', { size: 5000n }), segments: [{ offset: 0n, data: text(5000) }] },
    { meta: meta(nonUtf8, { size: 3n }), segments: [{ offset: 0n, data: Buffer.from('abc') }] },
    { meta: meta('dir/empty', { size: 0n }), segments: [] },
    { meta: meta('dir/empty-no-content') },
    { meta: meta('dir/link', { type: 'symlink', mode: 0o777, linkTarget: Buffer.from('../t\xffarget', 'latin1') }) },
    { meta: meta('dir/hard', { type: 'hardlink', linkTarget: Buffer.from('dir/file.txt') }) },
    { meta: meta('dir/fifo', { type: 'fifo', mode: 0o600 }) },
    { meta: meta('dir/sock', { type: 'socket', mode: 0o755 }) },
    { meta: meta('dev/null', { type: 'chardev', mode: 0o666, devMajor: 1, devMinor: 3, uid: 0, gid: 0, user: 'root', group: 'root' }) },
    { meta: meta('dev/sda', { type: 'blockdev', mode: 0o660, devMajor: 8, devMinor: 0 }) },
    {
      meta: meta('||| pg_dump', {
        type: 'command',
        command: { dump: 'pg_dump db', restore: 'psql db', comment: 'the database' },
      }),
      segments: [{ offset: 0n, data: text(1234, 7) }],
    },
    {
      meta: meta('dir', {
        type: 'directory',
        mode: 0o4755 | 0o2000 | 0o1000,
        mtimeNs: -1_000_000_001n, // before 1970
        xattrs: [
          { name: 'user.comment', value: Buffer.from('hello') },
          { name: 'security.selinux', value: Buffer.from([0, 1, 2, 255]) },
        ],
        aclAccess: Buffer.from([2, 0, 0, 0, 1, 0, 7, 0]),
        aclDefault: Buffer.from([2, 0, 0, 0]),
        noVerify: true,
      }),
    },
  ];
}

function assertSameEntries(got: Awaited<ReturnType<typeof readStream>>, want: InputEntry[], codec: CodecSpec): void {
  assert.deepEqual(got.damage, []);
  assert.equal(got.entries.length, want.length);
  for (let i = 0; i < want.length; i++) {
    const g = got.entries[i]!;
    const w = want[i]!;
    assert.equal(g.error, undefined, `entry ${i}: ${g.error?.message}`);
    assert.deepEqual(g.meta, w.meta);
    assert.deepEqual(g.codec, w.codec ?? codec);
    assert.deepEqual(g.segments, normalise(w.segments ?? []));
  }
}

for (const codec of [ZSTD, NONE, GZIP]) {
  test(`every entry type round-trips with ${codec.kind}`, async () => {
    const want = everyType();
    const { stream, written, count } = await writeStream(want, { codec });
    assert.equal(count, want.length);
    assertSameEntries(await readStream(stream), want, codec);
    assertSameEntries(await readStream(pieces(stream, 1)), want, codec);
    // onWritten: stream order, offsets at sync markers, records back to back.
    assert.deepEqual(
      written.map((w) => w.meta.name),
      want.map((w) => w.meta.name),
    );
    let at = 0n;
    for (const [i, w] of written.entries()) {
      assert.equal(w.streamOffset, at);
      assert.ok(stream.subarray(Number(at), Number(at) + SYNC.length).equals(SYNC));
      at += w.storedBytes;
      // The trailer (the record's last bytes) holds the checksum onWritten reported.
      assert.ok(stream.subarray(Number(at) - w.checksum.length, Number(at)).equals(w.checksum), `checksum of entry ${i}`);
      if (!want[i]!.segments?.length) assert.ok(w.checksum.equals(createHash('sha256').digest()));
    }
  });
}

test('per-entry codecs mix in one stream; incompressible chunks are stored raw', async () => {
  const random = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 2654435761) >>> 24));
  const want: InputEntry[] = [
    { meta: meta('a'), segments: [{ offset: 0n, data: text(300000) }], codec: ZSTD },
    { meta: meta('b'), segments: [{ offset: 0n, data: text(1000) }], codec: NONE },
    { meta: meta('c'), segments: [{ offset: 0n, data: text(70000, 3) }], codec: GZIP },
    { meta: meta('d'), segments: [{ offset: 0n, data: random }], codec: { kind: 'zstd', level: 19 } },
  ];
  const { stream } = await writeStream(want, { chunkSize: 65536 });
  assertSameEntries(await readStream(stream), want, ZSTD);
  assert.ok(stream.length < 300000, 'the compressible entry was compressed');
});

test('sparse segments keep their holes, also beyond 4 GiB, with every codec', async () => {
  for (const codec of [ZSTD, NONE, GZIP]) {
    const segs: DataSegment[] = [
      { offset: 0n, data: text(10) },
      { offset: 4096n, data: text(100000, 2) },
      { offset: 5n * 2n ** 32n + 17n, data: Buffer.from('far away') },
      { offset: 2n ** 45n, data: text(3000, 3) },
    ];
    const want = [{ meta: meta('sparse', { size: 2n ** 45n + 4096n }), segments: segs }];
    const { stream } = await writeStream(want, { codec, chunkSize: 4096 });
    assert.ok(stream.length < 200000, `${codec.kind}: holes are not stored`);
    assertSameEntries(await readStream(stream), want, codec);
  }
});

test('content split into many small reads is chunked by chunkSize', async () => {
  const data = text(100000);
  const segs: DataSegment[] = [];
  for (let p = 0; p < data.length; p += 777) segs.push({ offset: BigInt(p), data: data.subarray(p, p + 777) });
  const { stream } = await writeStream([{ meta: meta('f'), segments: segs }], { codec: NONE, chunkSize: 10000 });
  const got = await readStream(stream);
  assert.deepEqual(got.entries[0]!.segments, [{ offset: 0n, data }]);
});

test('many batches through the worker pool, with buffers reused under a small budget', async () => {
  const want: InputEntry[] = [];
  for (let i = 0; i < 300; i++) {
    const n = i % 50 === 0 ? 3_000_000 + i : (i * 7919) % 40000;
    want.push({ meta: meta(`f${i}`, { size: BigInt(n) }), segments: n ? [{ offset: 0n, data: text(n, i + 1) }] : [] });
  }
  const { stream } = await writeStream(want, { codec: ZSTD, memoryBudget: 8 << 20, chunkSize: 256 << 10 });
  assertSameEntries(await readStream(stream), want, ZSTD);
});

test('the checksum depends on the content, not on how it was read', async () => {
  const data = text(3_000_000, 5);
  const split = (size: number): DataSegment[] => {
    const segs: DataSegment[] = [];
    for (let p = 0; p < data.length; p += size) segs.push({ offset: BigInt(p), data: data.subarray(p, p + size) });
    return segs;
  };
  const sums = [];
  for (const size of [1000, 65536, 3_000_000]) {
    const { written } = await writeStream([{ meta: meta('same'), segments: split(size) }], {});
    sums.push(written[0]!.checksum.toString('hex'));
  }
  assert.equal(new Set(sums).size, 1);
  const other = Buffer.from(data);
  other[2_999_999]! ^= 1;
  const { written } = await writeStream([{ meta: meta('same'), segments: [{ offset: 0n, data: other }] }]);
  assert.notEqual(written[0]!.checksum.toString('hex'), sums[0]);
});

test('large chunks decode in reader workers, in order, with damage still confined', async () => {
  const want: InputEntry[] = [];
  for (let i = 0; i < 6; i++) want.push({ meta: meta(`big${i}`), segments: [{ offset: 0n, data: text(1_500_000 + i, i + 9) }] });
  for (const codec of [ZSTD, NONE]) {
    const { stream, written } = await writeStream(want, { codec, chunkSize: 200_000 });
    assertSameEntries(await readStream(stream, { workers: 2 }), want, codec);
    // One flipped byte in the middle of the third entry's data.
    const bad = Buffer.from(stream);
    const at = Number(written[2]!.streamOffset) + Number(written[2]!.storedBytes) / 2;
    bad[at]! ^= 1;
    const got = await readStream(bad, { workers: 2 });
    assert.deepEqual(
      got.entries.map((e) => [e.meta.name.toString(), e.error?.name ?? 'ok']),
      want.map((w, i) => [w.meta.name.toString(), i === 2 ? 'ArchiveDamageError' : 'ok']),
    );
    assert.equal(got.damage.length, 1);
    for (const i of [0, 1, 3, 4, 5]) assert.deepEqual(got.entries[i]!.segments, normalise(want[i]!.segments!));
  }
});

test('writes to a Writable and reads from a Readable', async () => {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(Buffer.from(b))); // the writer reuses its buffers
  const w = new ArchiveWriter(out, { codec: ZSTD });
  await w.writeEntry(meta('x'), (async function* () {
    yield { offset: 0n, data: text(50000) };
  })());
  const r = await w.finish();
  out.end();
  const stream = Buffer.concat(parts);
  assert.equal(BigInt(stream.length), r.bytes);
  const got = await readStream(Readable.from([stream.subarray(0, 100), stream.subarray(100)]));
  assert.deepEqual(got.damage, []);
  assert.deepEqual(got.entries[0]!.segments, [{ offset: 0n, data: text(50000) }]);
});

test('entries skipped without reading their content leave the reader in step', async () => {
  const want = everyType();
  const { stream } = await writeStream(want, { codec: ZSTD });
  const got = await readStream(stream, { skipContent: true });
  assert.deepEqual(got.damage, []);
  assert.deepEqual(
    got.entries.map((e) => e.meta.name),
    want.map((e) => e.meta.name),
  );
});

test('a consumer may stop reading content halfway', async () => {
  for (const codec of [ZSTD, GZIP]) {
    const want: InputEntry[] = [
      { meta: meta('big'), segments: [{ offset: 0n, data: text(300000) }] },
      { meta: meta('next'), segments: [{ offset: 0n, data: Buffer.from('after') }] },
    ];
    const { stream } = await writeStream(want, { codec, chunkSize: 100_000 });
    const { ArchiveReader } = await import('../../protocol/archive/index.js');
    const r = new ArchiveReader([stream], { workers: 2 });
    const names: string[] = [];
    for await (const e of r.entries()) {
      names.push(e.meta.name.toString());
      for await (const s of e.content()) {
        if (e.meta.name.toString() === 'big') break;
        assert.equal(s.data.toString(), 'after');
      }
    }
    assert.deepEqual(names, ['big', 'next']);
    assert.deepEqual(r.damage, []);
  }
});
