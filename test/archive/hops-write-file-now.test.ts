// ArchiveWriter.writeFileNow and writeEntryNow (a small file or an entry without content queued without a promise when the writer is idle and
// the batch has room) and ItemQueue.put's use of it: the same stream byte for byte, the same
// announcements, as queuing every file through writeFile's promise; it declines while an earlier
// call is pending, when the batch is full and after finish(). And the selected list read in
// arrays gives what it gives one entry at a time, also when cut short.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SelectedList } from '../../afclient/backup/run/selected-list.js';
import { lstatEntry } from '../../afclient/pack/entry-stat.js';
import { prepare, type PackItem } from '../../afclient/pack/packer.js';
import { SmallFile } from '../../afclient/pack/small-file.js';
import { ItemQueue, writePackItem } from '../../afclient/pack/write-item.js';
import { CollectingReporter } from '../../afclient/report.js';
import { ArchiveWriter, type CodecSpec } from '../../protocol/archive/index.js';
import { tempDir } from '../afclient/helpers.js';
import { readStream } from './helpers.js';

interface Run {
  stream: Buffer;
  written: string[];
  entries: number;
  now: number;
}

async function pack(items: PackItem[], how: 'promise' | 'queue', codec: CodecSpec): Promise<Run> {
  const parts: Buffer[] = [];
  const written: string[] = [];
  const writer = new ArchiveWriter(async (b) => void parts.push(Buffer.from(b)), {
    codec,
    onWritten: (w) => written.push(`${w.meta.name} ${w.streamOffset} ${w.storedBytes} ${w.checksum.toString('hex')}`),
  });
  const report = new CollectingReporter();
  const queue = new ItemQueue(writer, report, () => {});
  let now = 0;
  for (const it of items) {
    if (how === 'promise') {
      if (it.content instanceof SmallFile) await writer.writeFile(it.meta, it.content.request(), () => {});
      else await writePackItem(writer, it);
      continue;
    }
    const wait = queue.put(it);
    if (wait) await wait;
    else now++;
  }
  const done = await writer.finish();
  return { stream: Buffer.concat(parts), written, entries: done.entries, now };
}

test('small files queued at once: the stream of queuing each through a promise', async () => {
  const { dir, cleanup } = tempDir('hops-');
  try {
    const names: string[] = [];
    // Some 2.5 MB of small files (several batches) with a large file and a directory among them.
    for (let i = 0; i < 600; i++) {
      const n = `f${String(i).padStart(4, '0')}`;
      fs.writeFileSync(path.join(dir, n), `${n} `.repeat(200 + (i % 7) * 150));
      names.push(n);
      if (i % 50 === 7) {
        fs.mkdirSync(path.join(dir, `d${i}`));
        fs.symlinkSync(n, path.join(dir, `l${i}`));
        // An access time ahead of the clock, which reading the link (each run prepares its items) does not move.
        fs.lutimesSync(path.join(dir, `l${i}`), new Date(Date.now() + 86_400_000), new Date(1000));
        names.push(`d${i}`, `l${i}`);
      }
      if (i === 300) {
        fs.writeFileSync(path.join(dir, 'large'), Buffer.alloc(3 << 20, 7));
        names.push('large');
        fs.mkdirSync(path.join(dir, 'sub'));
        names.push('sub');
      }
    }
    const report = new CollectingReporter();
    const items = (): PackItem[] => names.map((n) => {
      const p = path.join(dir, n);
      return prepare({ name: Buffer.from(n), path: Buffer.from(p), st: lstatEntry(Buffer.from(p)) }, new Map(), { selection: {}, noCompress: () => false, keepAtime: true, report }) as PackItem;
    });
    for (const codec of [{ kind: 'zstd', level: 1 }, { kind: 'none' }] as CodecSpec[]) {
      const what = codec.kind;
      const a = await pack(items(), 'promise', codec);
      const b = await pack(items(), 'queue', codec);
      assert.ok(a.stream.equals(b.stream), what);
      assert.deepEqual(b.written, a.written, what);
      assert.equal(b.entries, a.entries, what);
      assert.equal(b.entries, names.length, what);
      // Most files went in at once; the ones at batch ends and after the large file waited.
      assert.ok(b.now > 500 && b.now < names.length - 2, `${what}: ${b.now} at once`);
      const { entries, damage } = await readStream(b.stream);
      assert.deepEqual(damage, [], what);
      assert.deepEqual(
        entries.map((e) => e.meta.name.toString()),
        names,
        what,
      );
    }
    assert.deepEqual(report.problemList, []);
  } finally {
    cleanup();
  }
});

test('writeFileNow declines while a call is pending and after finish(), and throws writeFile\'s errors', async () => {
  const { dir, cleanup } = tempDir('hops-');
  try {
    const p = path.join(dir, 'a');
    fs.writeFileSync(p, 'a'.repeat(100));
    const report = new CollectingReporter();
    const item = prepare({ name: Buffer.from('a'), path: Buffer.from(p), st: lstatEntry(Buffer.from(p)) }, new Map(), { selection: {}, noCompress: () => false, keepAtime: true, report }) as PackItem;
    const file = (item.content as SmallFile).request();
    const parts: Buffer[] = [];
    const writer = new ArchiveWriter(async (b) => void parts.push(Buffer.from(b)), { codec: { kind: 'zstd', level: 1 } });
    const pending = writer.writeEntry({ ...item.meta, name: Buffer.from('b'), type: 'directory', size: 0n });
    assert.equal(writer.writeFileNow(item.meta, file, () => {}), false);
    await pending;
    assert.equal(writer.writeFileNow(item.meta, file, () => {}), true);
    assert.throws(() => writer.writeFileNow({ ...item.meta, size: 99n }, file, () => {}), /writeFile takes regular files/);
    await assert.rejects(writer.writeFile({ ...item.meta, size: 99n }, file, () => {}), /writeFile takes regular files/);
    assert.throws(() => writer.writeFileNow(item.meta, file, () => {}, { codec: { kind: 'filter', command: 'cat', restoreCommand: 'cat' } }), /cannot take a filter codec/);
    const done = await writer.finish();
    assert.equal(done.entries, 2);
    assert.equal(writer.writeFileNow(item.meta, file, () => {}), false);
    assert.equal(writer.writeEntryNow(item.meta), false);
    await assert.rejects(writer.writeFile(item.meta, file, () => {}), /called after finish/);
    const { entries } = await readStream(Buffer.concat(parts));
    assert.deepEqual(
      entries.map((e) => [e.meta.name.toString(), Buffer.concat(e.segments.map((s) => s.data)).toString()]),
      [
        ['b', ''],
        ['a', 'a'.repeat(100)],
      ],
    );
  } finally {
    cleanup();
  }
});

test('the selected list in arrays: the entries one at a time gives, also when cut short', async () => {
  const { dir, cleanup } = tempDir('hops-');
  try {
    const list = new SelectedList(dir);
    for (let i = 0; i < 20_000; i++) list.addKeys(`d${i % 13}/n${i}${'x'.repeat(i % 200)}`, `/r/d${i % 13}/n${i}${'x'.repeat(i % 200)}`);
    const one: string[] = [];
    for await (const e of list.entries()) one.push(`${e.name}\0${e.path}`);
    const arrays: string[] = [];
    let count = 0;
    for await (const a of list.arrays()) {
      assert.ok(a.length > 0 && a.length <= 256);
      count++;
      for (const e of a) arrays.push(`${e.name}\0${e.path}`);
    }
    assert.equal(one.length, 20_000);
    assert.deepEqual(arrays, one);
    assert.ok(count < 200, `${count} arrays`);
    const file = path.join(dir, 'selected');
    fs.truncateSync(file, fs.statSync(file).size - 5);
    const before: number[] = [];
    for (const form of ['one', 'arrays'] as const) {
      let n = 0;
      await assert.rejects(
        (async () => {
          if (form === 'one') for await (const e of list.entries()) void e, n++;
          else for await (const a of list.arrays()) n += a.length;
        })(),
        /ends inside an entry/,
      );
      before.push(n);
    }
    assert.equal(before[0], 19_999);
    assert.equal(before[1], 19_999);
  } finally {
    cleanup();
  }
});
