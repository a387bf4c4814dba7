import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ArchiveDamageError, ArchiveReader, type CodecSpec } from '../../protocol/archive/index.js';
import {
  BODY_FRAME_LEN,
  crc32,
  encodeRecordHead,
  KIND_ENTRY,
  MAX_CHUNK_LEN,
  MAX_HEADER_LEN,
  putBodyFrame,
  RECORD_HEAD_LEN,
  SYNC,
  SYNC_LEN,
  TAG_CHUNK,
} from '../../protocol/archive/format.js';
import { meta, normalise, readStream, writeStream, type InputEntry } from './helpers.js';

function data(n: number, seed: number): Buffer {
  return Buffer.from(Array.from({ length: n }, (_, i) => 97 + ((i * seed) % 13)));
}

const ENTRIES: InputEntry[] = [
  { meta: meta('one', { size: 300n }), segments: [{ offset: 0n, data: data(300, 3) }] },
  { meta: meta('two', { type: 'symlink', linkTarget: Buffer.from('one') }) },
  { meta: meta('three', { size: 200n }), segments: [{ offset: 0n, data: data(100, 5) }, { offset: 5000n, data: data(100, 7) }] },
  { meta: meta('four', { size: 10n }), segments: [{ offset: 0n, data: data(10, 11) }] },
];

/** Names of the written entries that came back intact (same meta, same content). */
function intact(got: Awaited<ReturnType<typeof readStream>>): string[] {
  const ok: string[] = [];
  for (const e of got.entries) {
    if (e.error) continue;
    const want = ENTRIES.find((w) => w.meta.name.equals(e.meta.name));
    assert.ok(want, `an entry that was never written appeared: ${e.meta.name.toString('latin1')}`);
    assert.deepEqual(e.meta, want.meta);
    assert.deepEqual(e.segments, normalise(want.segments ?? []));
    ok.push(e.meta.name.toString());
  }
  return ok;
}

for (const codec of [{ kind: 'zstd', level: 1 }, { kind: 'none' }] satisfies CodecSpec[]) {
  test(`one flipped byte anywhere loses at most that entry (${codec.kind})`, async () => {
    const { stream } = await writeStream(ENTRIES, { codec, chunkSize: 64 });
    assert.deepEqual(intact(await readStream(stream)).length, 4);
    for (let i = 0; i < stream.length; i++) {
      const bad = Buffer.from(stream);
      bad[i]! ^= 0x5a;
      const got = await readStream(bad);
      const ok = intact(got);
      assert.ok(ok.length >= 3, `flip at ${i}: only ${ok.join(',')} survived`);
      assert.ok(got.damage.length >= 1, `flip at ${i}: no damage reported`);
      for (const e of got.entries) {
        if (!e.error) continue;
        assert.ok(e.error instanceof ArchiveDamageError, `flip at ${i}: ${e.error.message}`);
        assert.ok(got.damage.some((d) => d.name?.equals(e.meta.name)), `flip at ${i}: damage names the entry`);
      }
    }
  });
}

test('one flipped byte in external-filter entries loses at most that entry', async () => {
  const codec: CodecSpec = { kind: 'filter', command: 'gzip -1', restoreCommand: 'gunzip' };
  const { stream } = await writeStream(ENTRIES, { codec, chunkSize: 16 });
  assert.equal(intact(await readStream(stream)).length, 4);
  // Every 17th byte: each read runs gunzip per entry, so all positions would be slow.
  for (let i = 0; i < stream.length; i += 17) {
    const bad = Buffer.from(stream);
    bad[i]! ^= 0x5a;
    const got = await readStream(bad);
    assert.ok(intact(got).length >= 3, `flip at ${i}`);
    assert.ok(got.damage.length >= 1, `flip at ${i}: no damage reported`);
  }
});

test('a stream cut at any position ends with a report, never a hang or a throw', async () => {
  const { stream } = await writeStream(ENTRIES, { chunkSize: 64 });
  for (let n = 0; n < stream.length; n++) {
    const got = await readStream(stream.subarray(0, n));
    assert.ok(got.damage.length >= 1, `cut at ${n}`);
    assert.equal(got.damage.at(-1)!.reason, 'stream ends without end-of-stream record');
    assert.ok(intact(got).length >= got.entries.length - 1, `cut at ${n}: at most the cut entry is damaged`);
  }
});

test('random garbage is reported, not thrown', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (bytes, withSync) => {
      const input = withSync ? Buffer.concat([SYNC, Buffer.from(bytes), SYNC, Buffer.from(bytes)]) : Buffer.from(bytes);
      const got = await readStream(input);
      assert.equal(got.entries.length, 0);
      assert.ok(got.damage.length >= 1);
    }),
    { numRuns: 200 },
  );
});

test('garbage between records is skipped and reported', async () => {
  const { stream } = await writeStream(ENTRIES);
  const second = stream.indexOf(SYNC, 1);
  const mixed = Buffer.concat([stream.subarray(0, second), Buffer.from('some garbage here'), stream.subarray(second)]);
  const got = await readStream(mixed);
  assert.equal(intact(got).length, 4);
  assert.equal(got.damage.length, 1);
  assert.match(got.damage[0]!.reason, /17 bytes of garbage/);
  assert.equal(got.damage[0]!.streamOffset, BigInt(second));
});

/** A record head whose frame CRC is right but whose header length is absurd. */
function absurdHead(headerLen: number): Buffer {
  const head = encodeRecordHead(KIND_ENTRY, new Uint8Array(0));
  const f = head.subarray(SYNC_LEN);
  f.writeUInt32BE(headerLen, 4);
  f.writeUInt32BE(crc32(f.subarray(0, 12)), 12);
  return head;
}

test('an absurd header length is damage and is never buffered', async () => {
  const { stream } = await writeStream(ENTRIES);
  const bad = absurdHead(0xffffffff);
  let pulled = 0;
  let pulledAtReport = -1;
  const seen: { reader?: ArchiveReader } = {};
  const source = (async function* () {
    for (const b of [bad, ...Array.from({ length: 64 }, () => Buffer.alloc(1 << 20)), stream]) {
      if (pulledAtReport < 0 && seen.reader!.damage.length > 0) pulledAtReport = pulled;
      pulled += b.length;
      yield b;
    }
  })();
  const r = new ArchiveReader(source);
  seen.reader = r;
  const names: string[] = [];
  for await (const e of r.entries()) names.push(e.meta.name.toString());
  assert.deepEqual(names, ['one', 'two', 'three', 'four']);
  assert.match(r.damage[0]!.reason, new RegExp(`claims 4294967295 bytes, more than the bound ${MAX_HEADER_LEN}`));
  assert.ok(pulledAtReport >= 0 && pulledAtReport <= bad.length + (1 << 20), `pulled ${pulledAtReport} bytes before reporting`);
  assert.ok(absurdHead(MAX_HEADER_LEN + 1).length === RECORD_HEAD_LEN);
});

test('an absurd chunk length is damage of that entry only', async () => {
  const { stream } = await writeStream(ENTRIES, { codec: { kind: 'none' } });
  // Replace the first entry's first chunk frame by one claiming a 3 GiB payload.
  const first = stream.subarray(0, stream.indexOf(SYNC, 1));
  const frameAt = first.indexOf(data(300, 3).subarray(0, 13)) - BODY_FRAME_LEN;
  const bad = Buffer.from(stream);
  putBodyFrame(bad, frameAt, TAG_CHUNK, 0, 3 * 2 ** 30, 3 * 2 ** 30, 0, 0);
  const got = await readStream(bad);
  assert.deepEqual(intact(got), ['two', 'three', 'four']);
  assert.match(got.damage[0]!.reason, new RegExp(`claims a ${3 * 2 ** 30}-byte payload \\(bound ${MAX_CHUNK_LEN}\\)`));
  assert.equal(got.damage[0]!.name?.toString(), 'one');
  assert.ok(got.entries[0]!.error instanceof ArchiveDamageError);
});

test('an entry whose source failed while it was written is reported, the rest is intact', async () => {
  const parts: Buffer[] = [];
  const { ArchiveWriter } = await import('../../protocol/archive/index.js');
  const w = new ArchiveWriter(async (b) => void parts.push(Buffer.from(b)), { codec: { kind: 'zstd', level: 1 } });
  await w.writeEntry(ENTRIES[0]!.meta, (async function* () {
    yield { offset: 0n, data: data(300, 3) };
  })());
  await assert.rejects(
    w.writeEntry(meta('vanished'), (async function* () {
      yield { offset: 0n, data: Buffer.from('partial') };
      throw new Error('EIO: read error');
    })()),
    /EIO: read error/,
  );
  await w.writeEntry(ENTRIES[3]!.meta, (async function* () {
    yield { offset: 0n, data: data(10, 11) };
  })());
  await w.finish();
  const got = await readStream(Buffer.concat(parts));
  assert.deepEqual(intact(got), ['one', 'four']);
  assert.equal(got.entries[1]!.meta.name.toString(), 'vanished');
  assert.match(got.entries[1]!.error!.message, /incomplete/);
  assert.deepEqual(got.entries[1]!.segments, [{ offset: 0n, data: Buffer.from('partial') }]);
  assert.equal(got.damage.length, 1);
  // Also reported when the entry is only skipped.
  const skipped = await readStream(Buffer.concat(parts), { skipContent: true });
  assert.equal(skipped.damage.length, 1);
});
