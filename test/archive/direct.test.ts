// ArchiveWriter.writeDirect and writeSource: content read straight into the writer's batches
// must give exactly the bytes writeEntry gives for the same content (format 1.0 unchanged),
// entries a reader gives up on leave no trace, and failing reads store the entry incomplete.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { ArchiveWriter, type ArchiveWriterOptions, type CodecSpec, type DataSegment, type DirectSource, type EntryMeta } from '../../protocol/archive/index.js';
import { iterate, meta, readStream, writeStream } from './helpers.js';

type Write = (w: ArchiveWriter) => Promise<unknown>;

async function stream(writes: Write[], opts: Partial<ArchiveWriterOptions> = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  const w = new ArchiveWriter(
    async (b) => {
      parts.push(Buffer.from(b));
    },
    { codec: { kind: 'zstd', level: 1 }, ...opts },
  );
  for (const write of writes) await write(w);
  await w.finish();
  return Buffer.concat(parts);
}

/** A source over in-memory data runs; reads end early at `endAt` (a file that shrank). */
function memorySource(runs: DataSegment[], endAt = Infinity): DirectSource {
  return {
    regions: () => runs.map((r): [number, number] => [Number(r.offset), Number(r.offset) + r.data.length]),
    read: async (dst, at, position, length) => {
      const run = runs.find((r) => position >= Number(r.offset) && position < Number(r.offset) + r.data.length)!;
      const from = position - Number(run.offset);
      const n = Math.max(0, Math.min(length, endAt - position));
      run.data.copy(dst, at, from, from + n);
      return n;
    },
  };
}

const text = (n: number): Buffer => Buffer.from('tape cartridge block record filemark '.repeat(Math.ceil(n / 37)).slice(0, n));
const CODECS: CodecSpec[] = [{ kind: 'zstd', level: 1 }, { kind: 'zstd', level: 3 }, { kind: 'none' }, { kind: 'filter', command: 'cat', restoreCommand: 'cat' }];

test('writeDirect gives the bytes writeEntry gives, with every codec, inline and in workers', async () => {
  const files = [text(0), text(1), text(5000), crypto.randomBytes(3000), text(64 << 10)];
  const metas = files.map((d, i) => meta(`f${i}`, { size: BigInt(d.length) }));
  for (const codec of CODECS) {
    for (const workers of [0, 2]) {
      const opts = { codec, workers };
      const viaEntry = await stream(files.map((d, i) => (w) => w.writeEntry(metas[i]!, d.length ? [{ offset: 0n, data: d }] : undefined)), opts);
      const viaDirect = await stream(
        files.map((d, i) => (w) =>
          w.writeDirect(metas[i]!, (dst, at) => {
            d.copy(dst, at);
            return d.length;
          }),
        ),
        opts,
      );
      assert.ok(viaDirect.equals(viaEntry), `${codec.kind} with ${workers} workers`);
      const { entries, damage } = await readStream(viaDirect);
      assert.deepEqual(damage, []);
      assert.deepEqual(
        entries.map((e) => Buffer.concat(e.segments.map((s) => s.data)).toString('hex')),
        files.map((d) => d.toString('hex')),
      );
    }
  }
});

test('writeSource gives the bytes writeEntry gives: chunks cut at holes and chunkSize, a short read ends the content', async () => {
  const runs: DataSegment[] = [
    { offset: 0n, data: text(2500) },
    { offset: 10_000n, data: crypto.randomBytes(1500) },
    { offset: 20_000n, data: text(4096) },
  ];
  const m: EntryMeta = meta('sparse', { size: 30_000n });
  for (const codec of CODECS) {
    for (const chunkSize of [1000, 4 << 20]) {
      const opts = { codec, chunkSize, workers: 2 };
      const viaEntry = await stream([(w) => w.writeEntry(m, iterate(runs))], opts);
      assert.ok((await stream([(w) => w.writeSource(m, memorySource(runs))], opts)).equals(viaEntry), `${codec.kind}, chunks of ${chunkSize}`);
      // Content that ends at 10 700 (in the second run), like a file that shrank while read.
      const shortRuns = [runs[0]!, { offset: 10_000n, data: runs[1]!.data.subarray(0, 700) }];
      const shortEntry = await stream([(w) => w.writeEntry(m, iterate(shortRuns))], opts);
      assert.ok((await stream([(w) => w.writeSource(m, memorySource(runs, 10_700))], opts)).equals(shortEntry), `${codec.kind} short read`);
    }
  }
});

test('an entry whose reader gives up leaves no trace; a failing reader stores it incomplete', async () => {
  const data = text(3000);
  const keep = (w: ArchiveWriter): Promise<unknown> => w.writeEntry(meta('kept', { size: 3000n }), [{ offset: 0n, data }]);
  const without = await writeStream([{ meta: meta('kept', { size: 3000n }), segments: [{ offset: 0n, data }] }]);
  const gaveUp = await stream([(w) => w.writeDirect(meta('gone', { size: 10n }), () => null).then((stored) => assert.equal(stored, false)), keep]);
  assert.ok(gaveUp.equals(without.stream));

  const failing = await stream([
    (w) => assert.rejects(w.writeDirect(meta('bad', { size: 10n }), () => { throw new Error('EIO'); }), /EIO/),
    (w) => {
      const source: DirectSource = {
        regions: () => [[0, 3000]],
        read: async (dst, at, position, length) => {
          if (position > 0) throw new Error('EIO later');
          data.copy(dst, at, 0, length);
          return length;
        },
      };
      return assert.rejects(w.writeSource(meta('half', { size: 3000n }), source), /EIO later/);
    },
    keep,
  ], { chunkSize: 1000 });
  const { entries } = await readStream(failing);
  assert.deepEqual(entries.map((e) => e.meta.name.toString()), ['bad', 'half', 'kept']);
  assert.match(String(entries[0]!.error), /incomplete/);
  assert.match(String(entries[1]!.error), /incomplete/);
  assert.equal(Buffer.concat(entries[2]!.segments.map((s) => s.data)).toString(), data.toString());
});

test('writeDirect refuses what it cannot hold', async () => {
  const w = new ArchiveWriter(async () => undefined, { codec: { kind: 'none' }, chunkSize: 1000 });
  await assert.rejects(w.writeDirect(meta('big', { size: 1001n }), () => 0), RangeError);
  await assert.rejects(w.writeDirect(meta('dir', { type: 'directory' }), () => 0), RangeError);
  await w.finish();
});
