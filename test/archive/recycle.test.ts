// Bounded memory on the read side: large chunks whose consumer hands them back (releasesChunks +
// releaseChunk) reuse a few buffers, payloads that straddle input buffers are checked and copied
// once, and nothing a consumer still holds is overwritten.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { releaseChunk } from '../../afclient/codec/decode-chunk.js';
import { ArchiveReader, type DataSegment } from '../../protocol/archive/index.js';
import { meta, pieces, writeStream } from './helpers.js';

const MiB = 1 << 20;

/** Content that differs everywhere: compressible digits, or (for raw chunks) incompressible bytes. */
function content(size: number, random: boolean): Buffer {
  const b = Buffer.alloc(size + 4);
  let x = 0x9e3779b9;
  for (let i = 0; i < size; i += 4) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x297a2d39) >>> 0;
    if (random) b.writeUInt32LE(x, i);
    else b.write(String(x % 10000).padStart(4, '0'), i, 'latin1'); // digits: zstd halves them
  }
  return b.subarray(0, size);
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

async function archive(): Promise<{ stream: Buffer; text: Buffer; random: Buffer }> {
  const text = content(18 * MiB + 12345, false);
  const random = content(13 * MiB + 777, true);
  const { stream } = await writeStream([
    { meta: meta('text', { size: BigInt(text.length) }), segments: [{ offset: 0n, data: text }] },
    { meta: meta('random', { size: BigInt(random.length) }), segments: [{ offset: 0n, data: random }], codec: { kind: 'none' } },
    { meta: meta('after', { size: 5n }), segments: [{ offset: 0n, data: Buffer.from('after') }] },
  ]);
  return { stream, text, random };
}

interface Seen {
  /** Distinct memory blocks that held the large segments of each entry. */
  blocks: Map<string, Set<ArrayBufferLike>>;
  large: Map<string, number>;
  content: Map<string, string>;
}

/**
 * Reads like afclient -x: a segment is held (its write in flight) until the next one arrives,
 * checked then against the original (it must not have been overwritten meanwhile), and only then
 * released, when `release` is set.
 */
async function read(stream: Buffer, releasesChunks: boolean, release: boolean): Promise<Seen> {
  const reader = new ArchiveReader(pieces(stream, MiB - 1000), { workers: 0, releasesChunks });
  const seen: Seen = { blocks: new Map(), large: new Map(), content: new Map() };
  for await (const e of reader.entries()) {
    const name = e.meta.name.toString();
    const blocks = new Set<ArrayBufferLike>();
    const hash = createHash('sha256');
    let held: { seg: DataSegment; sum: string } | undefined;
    const done = (): void => {
      if (!held) return;
      assert.equal(sha(held.seg.data), held.sum, `${name}: a segment held by its consumer was overwritten`);
      hash.update(held.seg.data);
      if (release) releaseChunk(held.seg.data);
      held = undefined;
    };
    let large = 0;
    for await (const seg of e.content()) {
      done();
      if (seg.data.length >= MiB) {
        blocks.add(seg.data.buffer);
        large++;
      }
      held = { seg, sum: sha(seg.data) };
    }
    done();
    seen.blocks.set(name, blocks);
    seen.large.set(name, large);
    seen.content.set(name, hash.digest('hex'));
  }
  assert.deepEqual(reader.damage, []);
  return seen;
}

test('released chunks are reused: a few buffers serve every large chunk, content intact', async () => {
  const { stream, text, random } = await archive();
  const seen = await read(stream, true, true);
  assert.equal(seen.content.get('text'), sha(text));
  assert.equal(seen.content.get('random'), sha(random));
  assert.equal(seen.content.get('after'), sha(Buffer.from('after')));
  assert.ok(seen.large.get('text')! >= 4 && seen.large.get('random')! >= 3);
  // One segment held by the consumer, one just decoded: two buffers, whatever the file size.
  assert.ok(seen.blocks.get('text')!.size <= 2, `text used ${seen.blocks.get('text')!.size} buffers`);
  // Raw chunks straddling input buffers are copied into the same kind of buffers.
  assert.ok(seen.blocks.get('random')!.size <= 3, `random used ${seen.blocks.get('random')!.size} buffers`);
});

for (const [what, releases, release] of [
  ['chunks not handed back are never reused', true, false],
  ['without releasesChunks, releaseChunk changes nothing', false, true],
] as const) {
  test(what, async () => {
    const { stream, text, random } = await archive();
    const seen = await read(stream, releases, release);
    assert.equal(seen.content.get('text'), sha(text));
    assert.equal(seen.content.get('random'), sha(random));
    assert.equal(seen.blocks.get('text')!.size, seen.large.get('text'));
  });
}

test('a damaged payload that straddles input buffers costs its entry only', async () => {
  const { stream } = await archive();
  const bad = Buffer.from(stream);
  const at = stream.indexOf(Buffer.from('random')) + 3 * MiB; // inside a raw chunk of 'random'
  bad[at]! ^= 0xff;
  const reader = new ArchiveReader(pieces(bad, MiB - 1000), { workers: 0, releasesChunks: true });
  const names: string[] = [];
  const failed: string[] = [];
  for await (const e of reader.entries()) {
    const name = e.meta.name.toString();
    names.push(name);
    try {
      for await (const seg of e.content()) releaseChunk(seg.data);
    } catch {
      failed.push(name);
    }
  }
  assert.deepEqual(names, ['text', 'random', 'after']);
  assert.deepEqual(failed, ['random']);
  assert.equal(reader.damage.length, 1);
  assert.match(reader.damage[0]!.reason, /CRC mismatch/);
});
