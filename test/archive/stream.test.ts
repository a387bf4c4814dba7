// Stream-level behaviour: versions, starting mid-stream, backpressure, external filters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArchiveReader, ArchiveVersionError, ArchiveWriter } from '../../protocol/archive/index.js';
import { splitCommand } from '../../protocol/config/command.js';
import {
  BODY_FRAME_LEN,
  crc32,
  FORMAT_MAJOR,
  FORMAT_MINOR,
  putBodyFrame,
  RECORD_HEAD_LEN,
  SYNC,
  SYNC_LEN,
} from '../../protocol/archive/format.js';
import { iterate, meta, readStream, writeStream, type InputEntry } from './helpers.js';

const entries: InputEntry[] = Array.from({ length: 6 }, (_, i) => ({
  meta: meta(`file${i}`, { size: 20000n }),
  segments: [{ offset: 0n, data: Buffer.alloc(20000, 65 + i) }],
}));

/** Rewrites the version bytes of the record at `at` (fixing its frame CRC). */
function setVersion(stream: Buffer, at: number, major: number, minor: number): void {
  const f = stream.subarray(at + SYNC_LEN, at + RECORD_HEAD_LEN);
  f[0] = major;
  f[1] = minor;
  f.writeUInt32BE(crc32(f.subarray(0, 12)), 12);
}

test('a newer major version is rejected with a clear message', async () => {
  const { stream } = await writeStream(entries);
  const second = stream.indexOf(SYNC, 1);
  setVersion(stream, second, FORMAT_MAJOR + 1, 3);
  const r = new ArchiveReader([stream]);
  const names: string[] = [];
  await assert.rejects(
    async () => {
      for await (const e of r.entries()) names.push(e.meta.name.toString());
    },
    (err: unknown) =>
      err instanceof ArchiveVersionError &&
      err.message.includes(`written by a newer afbackup (format ${FORMAT_MAJOR + 1}.x`) &&
      err.message.includes('upgrade'),
  );
  assert.deepEqual(names, ['file0']);
});

test('a newer minor version is read, and its unknown frames are skipped', async () => {
  const { stream } = await writeStream(entries.slice(0, 2));
  setVersion(stream, 0, FORMAT_MAJOR, FORMAT_MINOR + 1);
  // Insert a frame with an unknown tag right after the first record's header.
  const headerLen = stream.readUInt32BE(SYNC_LEN + 4);
  const at = RECORD_HEAD_LEN + headerLen;
  const extra = Buffer.alloc(BODY_FRAME_LEN + 5, 7);
  putBodyFrame(extra, 0, 0x5a, 0, 5, 0, 0, crc32(extra.subarray(BODY_FRAME_LEN)));
  const newer = Buffer.concat([stream.subarray(0, at), extra, stream.subarray(at)]);
  const got = await readStream(newer);
  assert.deepEqual(got.damage, []);
  assert.deepEqual(
    got.entries.map((e) => [e.meta.name.toString(), e.segments[0]?.data.length]),
    [
      ['file0', 20000],
      ['file1', 20000],
    ],
  );
  // The same unknown frame in a stream of our own version is damage of that entry.
  const same = Buffer.concat([stream.subarray(0, at), extra, stream.subarray(at)]);
  setVersion(same, 0, FORMAT_MAJOR, FORMAT_MINOR);
  const bad = await readStream(same);
  assert.equal(bad.damage.length, 1);
  assert.equal(bad.entries[1]!.error, undefined);
});

test('skipLeadingGarbage starts in the middle of a stream', async () => {
  const { stream, written } = await writeStream(entries, { codec: { kind: 'none' } });
  const cut = Number(written[2]!.streamOffset) + 500; // inside file2's data
  const tail = stream.subarray(cut);
  const got = await readStream(tail, { skipLeadingGarbage: true, startOffset: BigInt(cut) });
  assert.deepEqual(got.damage, []);
  assert.deepEqual(
    got.entries.map((e) => e.meta.name.toString()),
    ['file3', 'file4', 'file5'],
  );
  assert.deepEqual(
    got.entries.map((e) => e.streamOffset),
    written.slice(3).map((w) => w.streamOffset),
  );
  const strict = await readStream(tail, { startOffset: BigInt(cut) });
  assert.equal(strict.entries.length, 3);
  assert.equal(strict.damage.length, 1);
  assert.equal(strict.damage[0]!.streamOffset, BigInt(cut));
});

test('writeEntry waits while the memory budget is full (backpressure)', async () => {
  let release: () => void = () => {};
  let gate = new Promise<void>((r) => (release = r));
  let sunk = 0;
  const w = new ArchiveWriter(
    async (b) => {
      await gate;
      sunk += b.length;
    },
    { codec: { kind: 'none' }, memoryBudget: 4 << 20 },
  );
  let queued = 0;
  const big = Buffer.alloc(1 << 20, 1);
  const writing = (async () => {
    for (let i = 0; i < 40; i++) {
      await w.writeEntry(meta(`f${i}`), iterate([{ offset: 0n, data: big }]));
      queued++;
    }
  })();
  for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
  assert.ok(queued < 10, `${queued} MiB queued with a 4 MiB budget and a stalled output`);
  assert.equal(sunk, 0);
  release();
  gate = Promise.resolve();
  await writing;
  const r = await w.finish();
  assert.equal(queued, 40);
  assert.equal(BigInt(sunk), r.bytes);
});

test('external filter: failures are clear errors and mark the entry incomplete', async () => {
  const parts: Buffer[] = [];
  const w = new ArchiveWriter(async (b) => void parts.push(Buffer.from(b)), { codec: { kind: 'none' } });
  const content = () => iterate([{ offset: 0n, data: Buffer.from('hello') }]);
  await assert.rejects(
    w.writeEntry(meta('a'), content(), { codec: { kind: 'filter', command: 'no-such-program-afb -9', restoreCommand: 'cat' } }),
    /cannot run filter "no-such-program-afb -9": .*ENOENT/,
  );
  await assert.rejects(
    w.writeEntry(meta('b'), content(), { codec: { kind: 'filter', command: 'sh -c "cat >/dev/null; exit 3"', restoreCommand: 'cat' } }),
    /filter "sh -c "cat >\/dev\/null; exit 3"" failed \(exit status 3\)/,
  );
  await w.writeEntry(meta('c'), content(), { codec: { kind: 'filter', command: 'cat', restoreCommand: 'no-such-program-afb' } });
  await w.writeEntry(meta('d'), content());
  await w.finish();
  const got = await readStream(Buffer.concat(parts));
  assert.deepEqual(
    got.entries.map((e) => [e.meta.name.toString(), e.error?.name ?? 'ok']),
    [
      ['a', 'ArchiveDamageError'],
      ['b', 'ArchiveDamageError'],
      ['c', 'ArchiveDamageError'],
      ['d', 'ok'],
    ],
  );
  assert.match(got.entries[2]!.error!.message, /cannot run filter "no-such-program-afb"/);
  assert.equal(got.entries[3]!.segments[0]!.data.toString(), 'hello');
});

test('filter commands are split without a shell, with double-quote grouping', () => {
  assert.deepEqual(splitCommand('gzip -1'), ['gzip', '-1']);
  assert.deepEqual(splitCommand('  openssl enc -aes-256-cbc  -pass "file:/etc/my key" '), [
    'openssl',
    'enc',
    '-aes-256-cbc',
    '-pass',
    'file:/etc/my key',
  ]);
  assert.deepEqual(splitCommand('a "" b"c d"e "x\\"y\\\\"'), ['a', '', 'bc de', 'x"y\\']);
  assert.deepEqual(splitCommand('echo $HOME *'), ['echo', '$HOME', '*']);
  assert.throws(() => splitCommand('gzip "-1'), /unbalanced double quote/);
  assert.throws(() => splitCommand('   '), /empty command/);
  assert.throws(
    () => new ArchiveWriter(async () => {}, { codec: { kind: 'zstd', level: 99 } }),
    /zstd level 99 is out of range/,
  );
});
