// afclient -d through the library: content compared chunk by chunk (several 4 MiB chunks), and
// the files read keep their atime.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { compare } from '../../afclient/compare/compare.js';
import { packWithRing } from '../../afclient/pack/ring-packer.js';
import { writePackItem } from '../../afclient/pack/write-item.js';
import { CollectingReporter } from '../../afclient/report.js';
import { ArchiveReader, ArchiveWriter } from '../../protocol/archive/index.js';
import { tempDir } from './helpers.js';

const ATIME_S = 1_000_000_000;
const MTIME_S = 1_600_000_000;

async function archiveOf(root: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  const writer = new ArchiveWriter(async (b) => void parts.push(Buffer.from(b)), { codec: { kind: 'zstd', level: 1 } });
  const report = new CollectingReporter();
  for await (const item of packWithRing({ root, inputs: [Buffer.from('t')], selection: {}, noCompressPatterns: [], keepAtime: true }, report)) {
    assert.deepEqual(await writePackItem(writer, item), { stored: true });
  }
  await writer.finish();
  assert.equal(report.problems, 0, report.problemList.join('\n'));
  return Buffer.concat(parts);
}

async function differences(archive: Buffer, root: string): Promise<string[]> {
  const found: string[] = [];
  const entries = new ArchiveReader([archive]).entries();
  const unpackEntries = (async function* () {
    for await (const e of entries) yield { meta: e.meta, content: () => e.content(), skip: () => e.skip() };
  })();
  await compare(unpackEntries, { root, wanted: () => true, onDifference: (m, what) => found.push(`${m.name}: ${what}`) });
  return found;
}

test('-d finds a changed byte in the second 4 MiB chunk and leaves atimes as they were', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const t = path.join(dir, 't');
    fs.mkdirSync(t);
    const big = Buffer.concat([Buffer.from('text that compresses\n'.repeat(300000)), crypto.randomBytes(3 << 20)]);
    fs.writeFileSync(path.join(t, 'big'), big);
    fs.writeFileSync(path.join(t, 'small'), 'a small file\n');
    const stamp = (): void => {
      for (const n of ['big', 'small']) fs.utimesSync(path.join(t, n), ATIME_S, MTIME_S);
    };
    stamp();
    const archive = await archiveOf(dir);
    stamp();
    const atimes = (): bigint[] => ['big', 'small'].map((n) => fs.statSync(path.join(t, n), { bigint: true }).atimeNs);
    const before = atimes();
    assert.deepEqual(await differences(archive, dir), []);
    assert.deepEqual(atimes(), before);

    const fd = fs.openSync(path.join(t, 'big'), 'r+');
    fs.writeSync(fd, Buffer.from([big[(5 << 20) + 7]! ^ 0xff]), 0, 1, (5 << 20) + 7);
    fs.closeSync(fd);
    stamp();
    assert.deepEqual(await differences(archive, dir), ['t/big: content differs near offset 5242880']);
  } finally {
    cleanup();
  }
});
